# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_day.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.field_error import FieldErrorLabel
from station_app.ui.widgets.lookup_combo import LookupCombo
from station_app.ui.widgets.member_picker import MemberPicker

class Ui_ReceptionDayForm(object):
    def setupUi(self, ReceptionDayForm):
        if not ReceptionDayForm.objectName():
            ReceptionDayForm.setObjectName(u"ReceptionDayForm")
        ReceptionDayForm.resize(640, 480)
        self.main_layout = QVBoxLayout(ReceptionDayForm)
        self.main_layout.setObjectName(u"main_layout")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_date = QLabel(ReceptionDayForm)
        self.label_date.setObjectName(u"label_date")

        self.grid_0.addWidget(self.label_date, 0, 0, 1, 1)

        self.date = DateEdit(ReceptionDayForm)
        self.date.setObjectName(u"date")

        self.grid_0.addWidget(self.date, 0, 1, 1, 1)

        self.err_date = FieldErrorLabel(ReceptionDayForm)
        self.err_date.setObjectName(u"err_date")

        self.grid_0.addWidget(self.err_date, 1, 1, 1, 1)

        self.label_half = QLabel(ReceptionDayForm)
        self.label_half.setObjectName(u"label_half")

        self.grid_0.addWidget(self.label_half, 0, 2, 1, 1)

        self.half = LookupCombo(ReceptionDayForm)
        self.half.setObjectName(u"half")

        self.grid_0.addWidget(self.half, 0, 3, 1, 1)

        self.err_half = FieldErrorLabel(ReceptionDayForm)
        self.err_half.setObjectName(u"err_half")

        self.grid_0.addWidget(self.err_half, 1, 3, 1, 1)

        self.label_location = QLabel(ReceptionDayForm)
        self.label_location.setObjectName(u"label_location")

        self.grid_0.addWidget(self.label_location, 2, 0, 1, 1)

        self.location = QLineEdit(ReceptionDayForm)
        self.location.setObjectName(u"location")
        self.location.setMaxLength(100)

        self.grid_0.addWidget(self.location, 2, 1, 1, 1)

        self.err_location = FieldErrorLabel(ReceptionDayForm)
        self.err_location.setObjectName(u"err_location")

        self.grid_0.addWidget(self.err_location, 3, 1, 1, 1)

        self.label_recorder = QLabel(ReceptionDayForm)
        self.label_recorder.setObjectName(u"label_recorder")

        self.grid_0.addWidget(self.label_recorder, 2, 2, 1, 1)

        self.recorder = QLineEdit(ReceptionDayForm)
        self.recorder.setObjectName(u"recorder")
        self.recorder.setMaxLength(50)

        self.grid_0.addWidget(self.recorder, 2, 3, 1, 1)

        self.err_recorder = FieldErrorLabel(ReceptionDayForm)
        self.err_recorder.setObjectName(u"err_recorder")

        self.grid_0.addWidget(self.err_recorder, 3, 3, 1, 1)

        self.label_theme = QLabel(ReceptionDayForm)
        self.label_theme.setObjectName(u"label_theme")

        self.grid_0.addWidget(self.label_theme, 4, 0, 1, 1)

        self.theme = QLineEdit(ReceptionDayForm)
        self.theme.setObjectName(u"theme")
        self.theme.setMaxLength(100)

        self.grid_0.addWidget(self.theme, 4, 1, 1, 1)

        self.err_theme = FieldErrorLabel(ReceptionDayForm)
        self.err_theme.setObjectName(u"err_theme")

        self.grid_0.addWidget(self.err_theme, 5, 1, 1, 1)

        self.label_themed_sectors = QLabel(ReceptionDayForm)
        self.label_themed_sectors.setObjectName(u"label_themed_sectors")

        self.grid_0.addWidget(self.label_themed_sectors, 4, 2, 1, 1)

        self.themed_sectors = QLineEdit(ReceptionDayForm)
        self.themed_sectors.setObjectName(u"themed_sectors")
        self.themed_sectors.setMaxLength(200)

        self.grid_0.addWidget(self.themed_sectors, 4, 3, 1, 1)

        self.err_themed_sectors = FieldErrorLabel(ReceptionDayForm)
        self.err_themed_sectors.setObjectName(u"err_themed_sectors")

        self.grid_0.addWidget(self.err_themed_sectors, 5, 3, 1, 1)

        self.label_members = QLabel(ReceptionDayForm)
        self.label_members.setObjectName(u"label_members")

        self.grid_0.addWidget(self.label_members, 6, 0, 1, 1)

        self.members = MemberPicker(ReceptionDayForm)
        self.members.setObjectName(u"members")

        self.grid_0.addWidget(self.members, 6, 1, 1, 3)

        self.err_members = FieldErrorLabel(ReceptionDayForm)
        self.err_members.setObjectName(u"err_members")

        self.grid_0.addWidget(self.err_members, 7, 1, 1, 3)

        self.label_summary = QLabel(ReceptionDayForm)
        self.label_summary.setObjectName(u"label_summary")

        self.grid_0.addWidget(self.label_summary, 8, 0, 1, 1, Qt.AlignTop)

        self.summary = QPlainTextEdit(ReceptionDayForm)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.summary, 8, 1, 1, 3)

        self.err_summary = FieldErrorLabel(ReceptionDayForm)
        self.err_summary.setObjectName(u"err_summary")

        self.grid_0.addWidget(self.err_summary, 9, 1, 1, 3)

        self.vspace_8 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_8, 10, 1, 1, 1)


        self.main_layout.addLayout(self.grid_0)

        self.buttonBox = QDialogButtonBox(ReceptionDayForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_date.setBuddy(self.date)
        self.label_half.setBuddy(self.half)
        self.label_location.setBuddy(self.location)
        self.label_recorder.setBuddy(self.recorder)
        self.label_theme.setBuddy(self.theme)
        self.label_themed_sectors.setBuddy(self.themed_sectors)
        self.label_members.setBuddy(self.members)
        self.label_summary.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.half)
        QWidget.setTabOrder(self.half, self.location)
        QWidget.setTabOrder(self.location, self.recorder)
        QWidget.setTabOrder(self.recorder, self.theme)
        QWidget.setTabOrder(self.theme, self.themed_sectors)
        QWidget.setTabOrder(self.themed_sectors, self.members)
        QWidget.setTabOrder(self.members, self.summary)

        self.retranslateUi(ReceptionDayForm)

        QMetaObject.connectSlotsByName(ReceptionDayForm)
    # setupUi

    def retranslateUi(self, ReceptionDayForm):
        ReceptionDayForm.setWindowTitle(QCoreApplication.translate("ReceptionDayForm", u"\u63a5\u5f85\u65e5", None))
        self.label_date.setText(QCoreApplication.translate("ReceptionDayForm", u"\u63a5\u5f85\u65e5\u671f*", None))
        self.label_half.setText(QCoreApplication.translate("ReceptionDayForm", u"\u65f6\u6bb5", None))
        self.label_location.setText(QCoreApplication.translate("ReceptionDayForm", u"\u5730\u70b9", None))
        self.label_recorder.setText(QCoreApplication.translate("ReceptionDayForm", u"\u8bb0\u5f55\u4eba", None))
        self.label_theme.setText(QCoreApplication.translate("ReceptionDayForm", u"\u4e3b\u9898", None))
        self.label_themed_sectors.setText(QCoreApplication.translate("ReceptionDayForm", u"\u9080\u8bf7\u754c\u522b", None))
        self.label_members.setText(QCoreApplication.translate("ReceptionDayForm", u"\u503c\u73ed\u59d4\u5458", None))
        self.label_summary.setText(QCoreApplication.translate("ReceptionDayForm", u"\u5c0f\u7ed3", None))
    # retranslateUi

