# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.field_error import FieldErrorLabel
from station_app.ui.widgets.lookup_combo import LookupCombo
from station_app.ui.widgets.member_picker import MemberPicker

class Ui_ActivityForm(object):
    def setupUi(self, ActivityForm):
        if not ActivityForm.objectName():
            ActivityForm.setObjectName(u"ActivityForm")
        ActivityForm.resize(640, 480)
        self.main_layout = QVBoxLayout(ActivityForm)
        self.main_layout.setObjectName(u"main_layout")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_date = QLabel(ActivityForm)
        self.label_date.setObjectName(u"label_date")

        self.grid_0.addWidget(self.label_date, 0, 0, 1, 1)

        self.date = DateEdit(ActivityForm)
        self.date.setObjectName(u"date")

        self.grid_0.addWidget(self.date, 0, 1, 1, 1)

        self.err_date = FieldErrorLabel(ActivityForm)
        self.err_date.setObjectName(u"err_date")

        self.grid_0.addWidget(self.err_date, 1, 1, 1, 1)

        self.label_activity_type = QLabel(ActivityForm)
        self.label_activity_type.setObjectName(u"label_activity_type")

        self.grid_0.addWidget(self.label_activity_type, 0, 2, 1, 1)

        self.activity_type = LookupCombo(ActivityForm)
        self.activity_type.setObjectName(u"activity_type")
        self.activity_type.setLookup(u"activity_type")

        self.grid_0.addWidget(self.activity_type, 0, 3, 1, 1)

        self.err_activity_type = FieldErrorLabel(ActivityForm)
        self.err_activity_type.setObjectName(u"err_activity_type")

        self.grid_0.addWidget(self.err_activity_type, 1, 3, 1, 1)

        self.label_title = QLabel(ActivityForm)
        self.label_title.setObjectName(u"label_title")

        self.grid_0.addWidget(self.label_title, 2, 0, 1, 1)

        self.title = QLineEdit(ActivityForm)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.grid_0.addWidget(self.title, 2, 1, 1, 3)

        self.err_title = FieldErrorLabel(ActivityForm)
        self.err_title.setObjectName(u"err_title")

        self.grid_0.addWidget(self.err_title, 3, 1, 1, 3)

        self.label_location = QLabel(ActivityForm)
        self.label_location.setObjectName(u"label_location")

        self.grid_0.addWidget(self.label_location, 4, 0, 1, 1)

        self.location = QLineEdit(ActivityForm)
        self.location.setObjectName(u"location")
        self.location.setMaxLength(100)

        self.grid_0.addWidget(self.location, 4, 1, 1, 1)

        self.err_location = FieldErrorLabel(ActivityForm)
        self.err_location.setObjectName(u"err_location")

        self.grid_0.addWidget(self.err_location, 5, 1, 1, 1)

        self.label_people_served = QLabel(ActivityForm)
        self.label_people_served.setObjectName(u"label_people_served")

        self.grid_0.addWidget(self.label_people_served, 4, 2, 1, 1)

        self.people_served = QSpinBox(ActivityForm)
        self.people_served.setObjectName(u"people_served")
        self.people_served.setMaximum(1000000)

        self.grid_0.addWidget(self.people_served, 4, 3, 1, 1)

        self.err_people_served = FieldErrorLabel(ActivityForm)
        self.err_people_served.setObjectName(u"err_people_served")

        self.grid_0.addWidget(self.err_people_served, 5, 3, 1, 1)

        self.label_organizer = QLabel(ActivityForm)
        self.label_organizer.setObjectName(u"label_organizer")

        self.grid_0.addWidget(self.label_organizer, 6, 0, 1, 1)

        self.organizer = QLineEdit(ActivityForm)
        self.organizer.setObjectName(u"organizer")
        self.organizer.setMaxLength(100)

        self.grid_0.addWidget(self.organizer, 6, 1, 1, 1)

        self.err_organizer = FieldErrorLabel(ActivityForm)
        self.err_organizer.setObjectName(u"err_organizer")

        self.grid_0.addWidget(self.err_organizer, 7, 1, 1, 1)

        self.label_co_organizer = QLabel(ActivityForm)
        self.label_co_organizer.setObjectName(u"label_co_organizer")

        self.grid_0.addWidget(self.label_co_organizer, 6, 2, 1, 1)

        self.co_organizer = QLineEdit(ActivityForm)
        self.co_organizer.setObjectName(u"co_organizer")
        self.co_organizer.setMaxLength(100)

        self.grid_0.addWidget(self.co_organizer, 6, 3, 1, 1)

        self.err_co_organizer = FieldErrorLabel(ActivityForm)
        self.err_co_organizer.setObjectName(u"err_co_organizer")

        self.grid_0.addWidget(self.err_co_organizer, 7, 3, 1, 1)

        self.label_members = QLabel(ActivityForm)
        self.label_members.setObjectName(u"label_members")

        self.grid_0.addWidget(self.label_members, 8, 0, 1, 1)

        self.members = MemberPicker(ActivityForm)
        self.members.setObjectName(u"members")

        self.grid_0.addWidget(self.members, 8, 1, 1, 3)

        self.err_members = FieldErrorLabel(ActivityForm)
        self.err_members.setObjectName(u"err_members")

        self.grid_0.addWidget(self.err_members, 9, 1, 1, 3)

        self.label_other_people = QLabel(ActivityForm)
        self.label_other_people.setObjectName(u"label_other_people")

        self.grid_0.addWidget(self.label_other_people, 10, 0, 1, 1)

        self.other_people = QLineEdit(ActivityForm)
        self.other_people.setObjectName(u"other_people")
        self.other_people.setMaxLength(300)

        self.grid_0.addWidget(self.other_people, 10, 1, 1, 3)

        self.err_other_people = FieldErrorLabel(ActivityForm)
        self.err_other_people.setObjectName(u"err_other_people")

        self.grid_0.addWidget(self.err_other_people, 11, 1, 1, 3)

        self.label_summary = QLabel(ActivityForm)
        self.label_summary.setObjectName(u"label_summary")

        self.grid_0.addWidget(self.label_summary, 12, 0, 1, 1, Qt.AlignTop)

        self.summary = QPlainTextEdit(ActivityForm)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.summary, 12, 1, 1, 3)

        self.err_summary = FieldErrorLabel(ActivityForm)
        self.err_summary.setObjectName(u"err_summary")

        self.grid_0.addWidget(self.err_summary, 13, 1, 1, 3)

        self.label_outcome = QLabel(ActivityForm)
        self.label_outcome.setObjectName(u"label_outcome")

        self.grid_0.addWidget(self.label_outcome, 14, 0, 1, 1, Qt.AlignTop)

        self.outcome = QPlainTextEdit(ActivityForm)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.outcome, 14, 1, 1, 3)

        self.err_outcome = FieldErrorLabel(ActivityForm)
        self.err_outcome.setObjectName(u"err_outcome")

        self.grid_0.addWidget(self.err_outcome, 15, 1, 1, 3)

        self.vspace_11 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_11, 16, 1, 1, 1)


        self.main_layout.addLayout(self.grid_0)

        self.buttonBox = QDialogButtonBox(ActivityForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_date.setBuddy(self.date)
        self.label_activity_type.setBuddy(self.activity_type)
        self.label_title.setBuddy(self.title)
        self.label_location.setBuddy(self.location)
        self.label_people_served.setBuddy(self.people_served)
        self.label_organizer.setBuddy(self.organizer)
        self.label_co_organizer.setBuddy(self.co_organizer)
        self.label_members.setBuddy(self.members)
        self.label_other_people.setBuddy(self.other_people)
        self.label_summary.setBuddy(self.summary)
        self.label_outcome.setBuddy(self.outcome)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.activity_type)
        QWidget.setTabOrder(self.activity_type, self.title)
        QWidget.setTabOrder(self.title, self.location)
        QWidget.setTabOrder(self.location, self.people_served)
        QWidget.setTabOrder(self.people_served, self.organizer)
        QWidget.setTabOrder(self.organizer, self.co_organizer)
        QWidget.setTabOrder(self.co_organizer, self.members)
        QWidget.setTabOrder(self.members, self.other_people)
        QWidget.setTabOrder(self.other_people, self.summary)
        QWidget.setTabOrder(self.summary, self.outcome)

        self.retranslateUi(ActivityForm)

        QMetaObject.connectSlotsByName(ActivityForm)
    # setupUi

    def retranslateUi(self, ActivityForm):
        ActivityForm.setWindowTitle(QCoreApplication.translate("ActivityForm", u"\u5c65\u804c\u6d3b\u52a8", None))
        self.label_date.setText(QCoreApplication.translate("ActivityForm", u"\u6d3b\u52a8\u65e5\u671f*", None))
        self.label_activity_type.setText(QCoreApplication.translate("ActivityForm", u"\u6d3b\u52a8\u7c7b\u578b*", None))
        self.label_title.setText(QCoreApplication.translate("ActivityForm", u"\u6d3b\u52a8\u540d\u79f0*", None))
        self.label_location.setText(QCoreApplication.translate("ActivityForm", u"\u5730\u70b9", None))
        self.label_people_served.setText(QCoreApplication.translate("ActivityForm", u"\u670d\u52a1\u7fa4\u4f17\u4eba\u6b21", None))
        self.label_organizer.setText(QCoreApplication.translate("ActivityForm", u"\u4e3b\u529e", None))
        self.label_co_organizer.setText(QCoreApplication.translate("ActivityForm", u"\u534f\u529e", None))
        self.label_members.setText(QCoreApplication.translate("ActivityForm", u"\u53c2\u52a0\u59d4\u5458", None))
        self.label_other_people.setText(QCoreApplication.translate("ActivityForm", u"\u5176\u4ed6\u4eba\u5458", None))
        self.label_summary.setText(QCoreApplication.translate("ActivityForm", u"\u5185\u5bb9\u6458\u8981", None))
        self.label_outcome.setText(QCoreApplication.translate("ActivityForm", u"\u6210\u6548", None))
    # retranslateUi

