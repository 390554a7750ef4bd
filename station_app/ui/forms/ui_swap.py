# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'swap.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.field_error import FieldErrorLabel
from station_app.ui.widgets.lookup_combo import LookupCombo
from station_app.ui.widgets.member_picker import MemberPicker

class Ui_SwapForm(object):
    def setupUi(self, SwapForm):
        if not SwapForm.objectName():
            SwapForm.setObjectName(u"SwapForm")
        SwapForm.resize(420, 480)
        self.main_layout = QVBoxLayout(SwapForm)
        self.main_layout.setObjectName(u"main_layout")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_original = QLabel(SwapForm)
        self.label_original.setObjectName(u"label_original")

        self.grid_0.addWidget(self.label_original, 0, 0, 1, 1)

        self.original = LookupCombo(SwapForm)
        self.original.setObjectName(u"original")

        self.grid_0.addWidget(self.original, 0, 1, 1, 3)

        self.err_original = FieldErrorLabel(SwapForm)
        self.err_original.setObjectName(u"err_original")

        self.grid_0.addWidget(self.err_original, 1, 1, 1, 3)

        self.label_substitute = QLabel(SwapForm)
        self.label_substitute.setObjectName(u"label_substitute")

        self.grid_0.addWidget(self.label_substitute, 2, 0, 1, 1)

        self.substitute = MemberPicker(SwapForm)
        self.substitute.setObjectName(u"substitute")
        self.substitute.setSingle(True)

        self.grid_0.addWidget(self.substitute, 2, 1, 1, 3)

        self.err_substitute = FieldErrorLabel(SwapForm)
        self.err_substitute.setObjectName(u"err_substitute")

        self.grid_0.addWidget(self.err_substitute, 3, 1, 1, 3)

        self.label_reason = QLabel(SwapForm)
        self.label_reason.setObjectName(u"label_reason")

        self.grid_0.addWidget(self.label_reason, 4, 0, 1, 1)

        self.reason = LookupCombo(SwapForm)
        self.reason.setObjectName(u"reason")
        self.reason.setLookup(u"swap_reason")

        self.grid_0.addWidget(self.reason, 4, 1, 1, 3)

        self.err_reason = FieldErrorLabel(SwapForm)
        self.err_reason.setObjectName(u"err_reason")

        self.grid_0.addWidget(self.err_reason, 5, 1, 1, 3)

        self.liaison_notified = QCheckBox(SwapForm)
        self.liaison_notified.setObjectName(u"liaison_notified")

        self.grid_0.addWidget(self.liaison_notified, 6, 1, 1, 3)

        self.err_liaison_notified = FieldErrorLabel(SwapForm)
        self.err_liaison_notified.setObjectName(u"err_liaison_notified")

        self.grid_0.addWidget(self.err_liaison_notified, 7, 1, 1, 3)

        self.label_note = QLabel(SwapForm)
        self.label_note.setObjectName(u"label_note")

        self.grid_0.addWidget(self.label_note, 8, 0, 1, 1)

        self.note = QLineEdit(SwapForm)
        self.note.setObjectName(u"note")

        self.grid_0.addWidget(self.note, 8, 1, 1, 3)

        self.err_note = FieldErrorLabel(SwapForm)
        self.err_note.setObjectName(u"err_note")

        self.grid_0.addWidget(self.err_note, 9, 1, 1, 3)

        self.vspace_5 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_5, 10, 1, 1, 1)


        self.main_layout.addLayout(self.grid_0)

        self.buttonBox = QDialogButtonBox(SwapForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_original.setBuddy(self.original)
        self.label_substitute.setBuddy(self.substitute)
        self.label_reason.setBuddy(self.reason)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.original, self.substitute)
        QWidget.setTabOrder(self.substitute, self.reason)
        QWidget.setTabOrder(self.reason, self.liaison_notified)
        QWidget.setTabOrder(self.liaison_notified, self.note)

        self.retranslateUi(SwapForm)

        QMetaObject.connectSlotsByName(SwapForm)
    # setupUi

    def retranslateUi(self, SwapForm):
        SwapForm.setWindowTitle(QCoreApplication.translate("SwapForm", u"\u503c\u73ed\u8c03\u5242", None))
        self.label_original.setText(QCoreApplication.translate("SwapForm", u"\u539f\u503c\u73ed\u59d4\u5458*", None))
        self.label_substitute.setText(QCoreApplication.translate("SwapForm", u"\u66ff\u6362\u59d4\u5458*", None))
        self.label_reason.setText(QCoreApplication.translate("SwapForm", u"\u8c03\u5242\u539f\u56e0*", None))
        self.liaison_notified.setText(QCoreApplication.translate("SwapForm", u"\u5df2\u901a\u77e5\u8054\u7edc\u5458", None))
        self.label_note.setText(QCoreApplication.translate("SwapForm", u"\u5907\u6ce8", None))
    # retranslateUi

