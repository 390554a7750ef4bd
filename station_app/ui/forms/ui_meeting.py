# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting.ui'
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

class Ui_MeetingForm(object):
    def setupUi(self, MeetingForm):
        if not MeetingForm.objectName():
            MeetingForm.setObjectName(u"MeetingForm")
        MeetingForm.resize(640, 480)
        self.main_layout = QVBoxLayout(MeetingForm)
        self.main_layout.setObjectName(u"main_layout")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_date = QLabel(MeetingForm)
        self.label_date.setObjectName(u"label_date")

        self.grid_0.addWidget(self.label_date, 0, 0, 1, 1)

        self.date = DateEdit(MeetingForm)
        self.date.setObjectName(u"date")

        self.grid_0.addWidget(self.date, 0, 1, 1, 1)

        self.err_date = FieldErrorLabel(MeetingForm)
        self.err_date.setObjectName(u"err_date")

        self.grid_0.addWidget(self.err_date, 1, 1, 1, 1)

        self.label_form = QLabel(MeetingForm)
        self.label_form.setObjectName(u"label_form")

        self.grid_0.addWidget(self.label_form, 0, 2, 1, 1)

        self.form = LookupCombo(MeetingForm)
        self.form.setObjectName(u"form")
        self.form.setLookup(u"meeting_form")

        self.grid_0.addWidget(self.form, 0, 3, 1, 1)

        self.err_form = FieldErrorLabel(MeetingForm)
        self.err_form.setObjectName(u"err_form")

        self.grid_0.addWidget(self.err_form, 1, 3, 1, 1)

        self.label_location = QLabel(MeetingForm)
        self.label_location.setObjectName(u"label_location")

        self.grid_0.addWidget(self.label_location, 2, 0, 1, 1)

        self.location = QLineEdit(MeetingForm)
        self.location.setObjectName(u"location")
        self.location.setMaxLength(100)

        self.grid_0.addWidget(self.location, 2, 1, 1, 3)

        self.err_location = FieldErrorLabel(MeetingForm)
        self.err_location.setObjectName(u"err_location")

        self.grid_0.addWidget(self.err_location, 3, 1, 1, 3)

        self.label_members = QLabel(MeetingForm)
        self.label_members.setObjectName(u"label_members")

        self.grid_0.addWidget(self.label_members, 4, 0, 1, 1)

        self.members = MemberPicker(MeetingForm)
        self.members.setObjectName(u"members")

        self.grid_0.addWidget(self.members, 4, 1, 1, 3)

        self.err_members = FieldErrorLabel(MeetingForm)
        self.err_members.setObjectName(u"err_members")

        self.grid_0.addWidget(self.err_members, 5, 1, 1, 3)

        self.label_dept_reps = QLabel(MeetingForm)
        self.label_dept_reps.setObjectName(u"label_dept_reps")

        self.grid_0.addWidget(self.label_dept_reps, 6, 0, 1, 1)

        self.dept_reps = QLineEdit(MeetingForm)
        self.dept_reps.setObjectName(u"dept_reps")
        self.dept_reps.setMaxLength(300)

        self.grid_0.addWidget(self.dept_reps, 6, 1, 1, 3)

        self.err_dept_reps = FieldErrorLabel(MeetingForm)
        self.err_dept_reps.setObjectName(u"err_dept_reps")

        self.grid_0.addWidget(self.err_dept_reps, 7, 1, 1, 3)

        self.label_public_reps = QLabel(MeetingForm)
        self.label_public_reps.setObjectName(u"label_public_reps")

        self.grid_0.addWidget(self.label_public_reps, 8, 0, 1, 1)

        self.public_reps = QLineEdit(MeetingForm)
        self.public_reps.setObjectName(u"public_reps")
        self.public_reps.setMaxLength(300)

        self.grid_0.addWidget(self.public_reps, 8, 1, 1, 3)

        self.err_public_reps = FieldErrorLabel(MeetingForm)
        self.err_public_reps.setObjectName(u"err_public_reps")

        self.grid_0.addWidget(self.err_public_reps, 9, 1, 1, 3)

        self.label_experts = QLabel(MeetingForm)
        self.label_experts.setObjectName(u"label_experts")

        self.grid_0.addWidget(self.label_experts, 10, 0, 1, 1)

        self.experts = QLineEdit(MeetingForm)
        self.experts.setObjectName(u"experts")
        self.experts.setMaxLength(300)

        self.grid_0.addWidget(self.experts, 10, 1, 1, 3)

        self.err_experts = FieldErrorLabel(MeetingForm)
        self.err_experts.setObjectName(u"err_experts")

        self.grid_0.addWidget(self.err_experts, 11, 1, 1, 3)

        self.label_points = QLabel(MeetingForm)
        self.label_points.setObjectName(u"label_points")

        self.grid_0.addWidget(self.label_points, 12, 0, 1, 1, Qt.AlignTop)

        self.points = QPlainTextEdit(MeetingForm)
        self.points.setObjectName(u"points")
        self.points.setTabChangesFocus(True)
        self.points.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.points, 12, 1, 1, 3)

        self.err_points = FieldErrorLabel(MeetingForm)
        self.err_points.setObjectName(u"err_points")

        self.grid_0.addWidget(self.err_points, 13, 1, 1, 3)

        self.label_consensus = QLabel(MeetingForm)
        self.label_consensus.setObjectName(u"label_consensus")

        self.grid_0.addWidget(self.label_consensus, 14, 0, 1, 1, Qt.AlignTop)

        self.consensus = QPlainTextEdit(MeetingForm)
        self.consensus.setObjectName(u"consensus")
        self.consensus.setTabChangesFocus(True)
        self.consensus.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.consensus, 14, 1, 1, 3)

        self.err_consensus = FieldErrorLabel(MeetingForm)
        self.err_consensus.setObjectName(u"err_consensus")

        self.grid_0.addWidget(self.err_consensus, 15, 1, 1, 3)

        self.vspace_9 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_9, 16, 1, 1, 1)


        self.main_layout.addLayout(self.grid_0)

        self.buttonBox = QDialogButtonBox(MeetingForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_date.setBuddy(self.date)
        self.label_form.setBuddy(self.form)
        self.label_location.setBuddy(self.location)
        self.label_members.setBuddy(self.members)
        self.label_dept_reps.setBuddy(self.dept_reps)
        self.label_public_reps.setBuddy(self.public_reps)
        self.label_experts.setBuddy(self.experts)
        self.label_points.setBuddy(self.points)
        self.label_consensus.setBuddy(self.consensus)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.form)
        QWidget.setTabOrder(self.form, self.location)
        QWidget.setTabOrder(self.location, self.members)
        QWidget.setTabOrder(self.members, self.dept_reps)
        QWidget.setTabOrder(self.dept_reps, self.public_reps)
        QWidget.setTabOrder(self.public_reps, self.experts)
        QWidget.setTabOrder(self.experts, self.points)
        QWidget.setTabOrder(self.points, self.consensus)

        self.retranslateUi(MeetingForm)

        QMetaObject.connectSlotsByName(MeetingForm)
    # setupUi

    def retranslateUi(self, MeetingForm):
        MeetingForm.setWindowTitle(QCoreApplication.translate("MeetingForm", u"\u534f\u5546\u8bae\u4e8b\u4f1a", None))
        self.label_date.setText(QCoreApplication.translate("MeetingForm", u"\u534f\u5546\u65e5\u671f*", None))
        self.label_form.setText(QCoreApplication.translate("MeetingForm", u"\u5f62\u5f0f", None))
        self.label_location.setText(QCoreApplication.translate("MeetingForm", u"\u5730\u70b9", None))
        self.label_members.setText(QCoreApplication.translate("MeetingForm", u"\u53c2\u52a0\u59d4\u5458", None))
        self.label_dept_reps.setText(QCoreApplication.translate("MeetingForm", u"\u90e8\u95e8\u4ee3\u8868", None))
        self.label_public_reps.setText(QCoreApplication.translate("MeetingForm", u"\u7fa4\u4f17\u4ee3\u8868", None))
        self.label_experts.setText(QCoreApplication.translate("MeetingForm", u"\u4e13\u5bb6", None))
        self.label_points.setText(QCoreApplication.translate("MeetingForm", u"\u534f\u5546\u8981\u70b9", None))
        self.label_consensus.setText(QCoreApplication.translate("MeetingForm", u"\u5f62\u6210\u5171\u8bc6", None))
    # retranslateUi

