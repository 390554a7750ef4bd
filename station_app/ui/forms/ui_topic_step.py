# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'topic_step.ui'
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

class Ui_TopicStepForm(object):
    def setupUi(self, TopicStepForm):
        if not TopicStepForm.objectName():
            TopicStepForm.setObjectName(u"TopicStepForm")
        TopicStepForm.resize(640, 480)
        self.main_layout = QVBoxLayout(TopicStepForm)
        self.main_layout.setObjectName(u"main_layout")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_step = QLabel(TopicStepForm)
        self.label_step.setObjectName(u"label_step")

        self.grid_0.addWidget(self.label_step, 0, 0, 1, 1)

        self.step = LookupCombo(TopicStepForm)
        self.step.setObjectName(u"step")

        self.grid_0.addWidget(self.step, 0, 1, 1, 1)

        self.err_step = FieldErrorLabel(TopicStepForm)
        self.err_step.setObjectName(u"err_step")

        self.grid_0.addWidget(self.err_step, 1, 1, 1, 1)

        self.label_date = QLabel(TopicStepForm)
        self.label_date.setObjectName(u"label_date")

        self.grid_0.addWidget(self.label_date, 0, 2, 1, 1)

        self.date = DateEdit(TopicStepForm)
        self.date.setObjectName(u"date")

        self.grid_0.addWidget(self.date, 0, 3, 1, 1)

        self.err_date = FieldErrorLabel(TopicStepForm)
        self.err_date.setObjectName(u"err_date")

        self.grid_0.addWidget(self.err_date, 1, 3, 1, 1)

        self.label_by = QLabel(TopicStepForm)
        self.label_by.setObjectName(u"label_by")

        self.grid_0.addWidget(self.label_by, 2, 0, 1, 1)

        self.by = QLineEdit(TopicStepForm)
        self.by.setObjectName(u"by")

        self.grid_0.addWidget(self.by, 2, 1, 1, 3)

        self.err_by = FieldErrorLabel(TopicStepForm)
        self.err_by.setObjectName(u"err_by")

        self.grid_0.addWidget(self.err_by, 3, 1, 1, 3)

        self.label_note = QLabel(TopicStepForm)
        self.label_note.setObjectName(u"label_note")

        self.grid_0.addWidget(self.label_note, 4, 0, 1, 1, Qt.AlignTop)

        self.note = QPlainTextEdit(TopicStepForm)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.note, 4, 1, 1, 3)

        self.err_note = FieldErrorLabel(TopicStepForm)
        self.err_note.setObjectName(u"err_note")

        self.grid_0.addWidget(self.err_note, 5, 1, 1, 3)

        self.vspace_4 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_4, 6, 1, 1, 1)


        self.main_layout.addLayout(self.grid_0)

        self.buttonBox = QDialogButtonBox(TopicStepForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_step.setBuddy(self.step)
        self.label_date.setBuddy(self.date)
        self.label_by.setBuddy(self.by)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.step, self.date)
        QWidget.setTabOrder(self.date, self.by)
        QWidget.setTabOrder(self.by, self.note)

        self.retranslateUi(TopicStepForm)

        QMetaObject.connectSlotsByName(TopicStepForm)
    # setupUi

    def retranslateUi(self, TopicStepForm):
        TopicStepForm.setWindowTitle(QCoreApplication.translate("TopicStepForm", u"\u8bae\u9898\u73af\u8282\u8bb0\u5f55", None))
        self.label_step.setText(QCoreApplication.translate("TopicStepForm", u"\u73af\u8282*", None))
        self.label_date.setText(QCoreApplication.translate("TopicStepForm", u"\u65e5\u671f*", None))
        self.label_by.setText(QCoreApplication.translate("TopicStepForm", u"\u7ecf\u529e\u4eba", None))
        self.label_note.setText(QCoreApplication.translate("TopicStepForm", u"\u60c5\u51b5\u8bb0\u5f55", None))
    # retranslateUi

