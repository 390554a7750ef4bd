# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up.ui'
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

class Ui_FollowUpForm(object):
    def setupUi(self, FollowUpForm):
        if not FollowUpForm.objectName():
            FollowUpForm.setObjectName(u"FollowUpForm")
        FollowUpForm.resize(640, 480)
        self.main_layout = QVBoxLayout(FollowUpForm)
        self.main_layout.setObjectName(u"main_layout")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_date = QLabel(FollowUpForm)
        self.label_date.setObjectName(u"label_date")

        self.grid_0.addWidget(self.label_date, 0, 0, 1, 1)

        self.date = DateEdit(FollowUpForm)
        self.date.setObjectName(u"date")

        self.grid_0.addWidget(self.date, 0, 1, 1, 1)

        self.err_date = FieldErrorLabel(FollowUpForm)
        self.err_date.setObjectName(u"err_date")

        self.grid_0.addWidget(self.err_date, 1, 1, 1, 1)

        self.label_visitor = QLabel(FollowUpForm)
        self.label_visitor.setObjectName(u"label_visitor")

        self.grid_0.addWidget(self.label_visitor, 0, 2, 1, 1)

        self.visitor = QLineEdit(FollowUpForm)
        self.visitor.setObjectName(u"visitor")
        self.visitor.setMaxLength(50)

        self.grid_0.addWidget(self.visitor, 0, 3, 1, 1)

        self.err_visitor = FieldErrorLabel(FollowUpForm)
        self.err_visitor.setObjectName(u"err_visitor")

        self.grid_0.addWidget(self.err_visitor, 1, 3, 1, 1)

        self.label_reason = QLabel(FollowUpForm)
        self.label_reason.setObjectName(u"label_reason")

        self.grid_0.addWidget(self.label_reason, 2, 0, 1, 1)

        self.reason = QLineEdit(FollowUpForm)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(100)

        self.grid_0.addWidget(self.reason, 2, 1, 1, 3)

        self.err_reason = FieldErrorLabel(FollowUpForm)
        self.err_reason.setObjectName(u"err_reason")

        self.grid_0.addWidget(self.err_reason, 3, 1, 1, 3)

        self.label_fulfilment = QLabel(FollowUpForm)
        self.label_fulfilment.setObjectName(u"label_fulfilment")

        self.grid_0.addWidget(self.label_fulfilment, 4, 0, 1, 1)

        self.fulfilment = LookupCombo(FollowUpForm)
        self.fulfilment.setObjectName(u"fulfilment")

        self.grid_0.addWidget(self.fulfilment, 4, 1, 1, 1)

        self.err_fulfilment = FieldErrorLabel(FollowUpForm)
        self.err_fulfilment.setObjectName(u"err_fulfilment")

        self.grid_0.addWidget(self.err_fulfilment, 5, 1, 1, 1)

        self.label_satisfaction = QLabel(FollowUpForm)
        self.label_satisfaction.setObjectName(u"label_satisfaction")

        self.grid_0.addWidget(self.label_satisfaction, 4, 2, 1, 1)

        self.satisfaction = LookupCombo(FollowUpForm)
        self.satisfaction.setObjectName(u"satisfaction")

        self.grid_0.addWidget(self.satisfaction, 4, 3, 1, 1)

        self.err_satisfaction = FieldErrorLabel(FollowUpForm)
        self.err_satisfaction.setObjectName(u"err_satisfaction")

        self.grid_0.addWidget(self.err_satisfaction, 5, 3, 1, 1)

        self.label_content = QLabel(FollowUpForm)
        self.label_content.setObjectName(u"label_content")

        self.grid_0.addWidget(self.label_content, 6, 0, 1, 1, Qt.AlignTop)

        self.content = QPlainTextEdit(FollowUpForm)
        self.content.setObjectName(u"content")
        self.content.setTabChangesFocus(True)
        self.content.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.content, 6, 1, 1, 3)

        self.err_content = FieldErrorLabel(FollowUpForm)
        self.err_content.setObjectName(u"err_content")

        self.grid_0.addWidget(self.err_content, 7, 1, 1, 3)

        self.vspace_6 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_6, 8, 1, 1, 1)


        self.main_layout.addLayout(self.grid_0)

        self.buttonBox = QDialogButtonBox(FollowUpForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_date.setBuddy(self.date)
        self.label_visitor.setBuddy(self.visitor)
        self.label_reason.setBuddy(self.reason)
        self.label_fulfilment.setBuddy(self.fulfilment)
        self.label_satisfaction.setBuddy(self.satisfaction)
        self.label_content.setBuddy(self.content)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.visitor)
        QWidget.setTabOrder(self.visitor, self.reason)
        QWidget.setTabOrder(self.reason, self.fulfilment)
        QWidget.setTabOrder(self.fulfilment, self.satisfaction)
        QWidget.setTabOrder(self.satisfaction, self.content)

        self.retranslateUi(FollowUpForm)

        QMetaObject.connectSlotsByName(FollowUpForm)
    # setupUi

    def retranslateUi(self, FollowUpForm):
        FollowUpForm.setWindowTitle(QCoreApplication.translate("FollowUpForm", u"\u56de\u8bbf\u8bb0\u5f55", None))
        self.label_date.setText(QCoreApplication.translate("FollowUpForm", u"\u56de\u8bbf\u65e5\u671f*", None))
        self.label_visitor.setText(QCoreApplication.translate("FollowUpForm", u"\u56de\u8bbf\u4eba*", None))
        self.label_reason.setText(QCoreApplication.translate("FollowUpForm", u"\u56de\u8bbf\u4e8b\u7531", None))
        self.label_fulfilment.setText(QCoreApplication.translate("FollowUpForm", u"\u5c65\u884c\u60c5\u51b5", None))
        self.label_satisfaction.setText(QCoreApplication.translate("FollowUpForm", u"\u6ee1\u610f\u5ea6", None))
        self.label_content.setText(QCoreApplication.translate("FollowUpForm", u"\u56de\u8bbf\u60c5\u51b5*", None))
    # retranslateUi

