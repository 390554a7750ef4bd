# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget)

from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.department_combo import DepartmentCombo
from station_app.ui.widgets.field_error import FieldErrorLabel
from station_app.ui.widgets.lookup_combo import LookupCombo
from station_app.ui.widgets.member_picker import MemberPicker

class Ui_VisitForm(object):
    def setupUi(self, VisitForm):
        if not VisitForm.objectName():
            VisitForm.setObjectName(u"VisitForm")
        VisitForm.resize(640, 480)
        self.main_layout = QVBoxLayout(VisitForm)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(VisitForm)
        self.tabs.setObjectName(u"tabs")
        self.page_0 = QWidget()
        self.page_0.setObjectName(u"page_0")
        self.page_layout_0 = QVBoxLayout(self.page_0)
        self.page_layout_0.setObjectName(u"page_layout_0")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_visit_date = QLabel(self.page_0)
        self.label_visit_date.setObjectName(u"label_visit_date")

        self.grid_0.addWidget(self.label_visit_date, 0, 0, 1, 1)

        self.visit_date = DateEdit(self.page_0)
        self.visit_date.setObjectName(u"visit_date")

        self.grid_0.addWidget(self.visit_date, 0, 1, 1, 1)

        self.err_visit_date = FieldErrorLabel(self.page_0)
        self.err_visit_date.setObjectName(u"err_visit_date")

        self.grid_0.addWidget(self.err_visit_date, 1, 1, 1, 1)

        self.label_visit_time = QLabel(self.page_0)
        self.label_visit_time.setObjectName(u"label_visit_time")

        self.grid_0.addWidget(self.label_visit_time, 0, 2, 1, 1)

        self.visit_time = QLineEdit(self.page_0)
        self.visit_time.setObjectName(u"visit_time")

        self.grid_0.addWidget(self.visit_time, 0, 3, 1, 1)

        self.err_visit_time = FieldErrorLabel(self.page_0)
        self.err_visit_time.setObjectName(u"err_visit_time")

        self.grid_0.addWidget(self.err_visit_time, 1, 3, 1, 1)

        self.label_mode = QLabel(self.page_0)
        self.label_mode.setObjectName(u"label_mode")

        self.grid_0.addWidget(self.label_mode, 2, 0, 1, 1)

        self.mode = LookupCombo(self.page_0)
        self.mode.setObjectName(u"mode")
        self.mode.setLookup(u"visit_mode")

        self.grid_0.addWidget(self.mode, 2, 1, 1, 1)

        self.err_mode = FieldErrorLabel(self.page_0)
        self.err_mode.setObjectName(u"err_mode")

        self.grid_0.addWidget(self.err_mode, 3, 1, 1, 1)

        self.label_members = QLabel(self.page_0)
        self.label_members.setObjectName(u"label_members")

        self.grid_0.addWidget(self.label_members, 2, 2, 1, 1)

        self.members = MemberPicker(self.page_0)
        self.members.setObjectName(u"members")

        self.grid_0.addWidget(self.members, 2, 3, 1, 1)

        self.err_members = FieldErrorLabel(self.page_0)
        self.err_members.setObjectName(u"err_members")

        self.grid_0.addWidget(self.err_members, 3, 3, 1, 1)

        self.label_visitor_name = QLabel(self.page_0)
        self.label_visitor_name.setObjectName(u"label_visitor_name")

        self.grid_0.addWidget(self.label_visitor_name, 4, 0, 1, 1)

        self.visitor_name = QLineEdit(self.page_0)
        self.visitor_name.setObjectName(u"visitor_name")
        self.visitor_name.setMaxLength(50)

        self.grid_0.addWidget(self.visitor_name, 4, 1, 1, 1)

        self.err_visitor_name = FieldErrorLabel(self.page_0)
        self.err_visitor_name.setObjectName(u"err_visitor_name")

        self.grid_0.addWidget(self.err_visitor_name, 5, 1, 1, 1)

        self.label_visitor_gender = QLabel(self.page_0)
        self.label_visitor_gender.setObjectName(u"label_visitor_gender")

        self.grid_0.addWidget(self.label_visitor_gender, 4, 2, 1, 1)

        self.visitor_gender = LookupCombo(self.page_0)
        self.visitor_gender.setObjectName(u"visitor_gender")

        self.grid_0.addWidget(self.visitor_gender, 4, 3, 1, 1)

        self.err_visitor_gender = FieldErrorLabel(self.page_0)
        self.err_visitor_gender.setObjectName(u"err_visitor_gender")

        self.grid_0.addWidget(self.err_visitor_gender, 5, 3, 1, 1)

        self.label_visitor_phone = QLabel(self.page_0)
        self.label_visitor_phone.setObjectName(u"label_visitor_phone")

        self.grid_0.addWidget(self.label_visitor_phone, 6, 0, 1, 1)

        self.visitor_phone = QLineEdit(self.page_0)
        self.visitor_phone.setObjectName(u"visitor_phone")

        self.grid_0.addWidget(self.visitor_phone, 6, 1, 1, 1)

        self.err_visitor_phone = FieldErrorLabel(self.page_0)
        self.err_visitor_phone.setObjectName(u"err_visitor_phone")

        self.grid_0.addWidget(self.err_visitor_phone, 7, 1, 1, 1)

        self.label_people_count = QLabel(self.page_0)
        self.label_people_count.setObjectName(u"label_people_count")

        self.grid_0.addWidget(self.label_people_count, 6, 2, 1, 1)

        self.people_count = QSpinBox(self.page_0)
        self.people_count.setObjectName(u"people_count")
        self.people_count.setMaximum(1000000)

        self.grid_0.addWidget(self.people_count, 6, 3, 1, 1)

        self.err_people_count = FieldErrorLabel(self.page_0)
        self.err_people_count.setObjectName(u"err_people_count")

        self.grid_0.addWidget(self.err_people_count, 7, 3, 1, 1)

        self.label_visitor_address = QLabel(self.page_0)
        self.label_visitor_address.setObjectName(u"label_visitor_address")

        self.grid_0.addWidget(self.label_visitor_address, 8, 0, 1, 1)

        self.visitor_address = QLineEdit(self.page_0)
        self.visitor_address.setObjectName(u"visitor_address")
        self.visitor_address.setMaxLength(200)

        self.grid_0.addWidget(self.visitor_address, 8, 1, 1, 1)

        self.err_visitor_address = FieldErrorLabel(self.page_0)
        self.err_visitor_address.setObjectName(u"err_visitor_address")

        self.grid_0.addWidget(self.err_visitor_address, 9, 1, 1, 1)

        self.label_visitor_id_number = QLabel(self.page_0)
        self.label_visitor_id_number.setObjectName(u"label_visitor_id_number")

        self.grid_0.addWidget(self.label_visitor_id_number, 8, 2, 1, 1)

        self.visitor_id_number = QLineEdit(self.page_0)
        self.visitor_id_number.setObjectName(u"visitor_id_number")

        self.grid_0.addWidget(self.visitor_id_number, 8, 3, 1, 1)

        self.err_visitor_id_number = FieldErrorLabel(self.page_0)
        self.err_visitor_id_number.setObjectName(u"err_visitor_id_number")

        self.grid_0.addWidget(self.err_visitor_id_number, 9, 3, 1, 1)

        self.label_visitor_sector = QLabel(self.page_0)
        self.label_visitor_sector.setObjectName(u"label_visitor_sector")

        self.grid_0.addWidget(self.label_visitor_sector, 10, 0, 1, 1)

        self.visitor_sector = LookupCombo(self.page_0)
        self.visitor_sector.setObjectName(u"visitor_sector")
        self.visitor_sector.setLookup(u"sector")

        self.grid_0.addWidget(self.visitor_sector, 10, 1, 1, 1)

        self.err_visitor_sector = FieldErrorLabel(self.page_0)
        self.err_visitor_sector.setObjectName(u"err_visitor_sector")

        self.grid_0.addWidget(self.err_visitor_sector, 11, 1, 1, 1)

        self.label_category = QLabel(self.page_0)
        self.label_category.setObjectName(u"label_category")

        self.grid_0.addWidget(self.label_category, 10, 2, 1, 1)

        self.category = LookupCombo(self.page_0)
        self.category.setObjectName(u"category")
        self.category.setLookup(u"visit_category")

        self.grid_0.addWidget(self.category, 10, 3, 1, 1)

        self.err_category = FieldErrorLabel(self.page_0)
        self.err_category.setObjectName(u"err_category")

        self.grid_0.addWidget(self.err_category, 11, 3, 1, 1)

        self.label_content = QLabel(self.page_0)
        self.label_content.setObjectName(u"label_content")

        self.grid_0.addWidget(self.label_content, 12, 0, 1, 1, Qt.AlignTop)

        self.content = QPlainTextEdit(self.page_0)
        self.content.setObjectName(u"content")
        self.content.setTabChangesFocus(True)
        self.content.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.content, 12, 1, 1, 3)

        self.err_content = FieldErrorLabel(self.page_0)
        self.err_content.setObjectName(u"err_content")

        self.grid_0.addWidget(self.err_content, 13, 1, 1, 3)

        self.label_handling = QLabel(self.page_0)
        self.label_handling.setObjectName(u"label_handling")

        self.grid_0.addWidget(self.label_handling, 14, 0, 1, 1)

        self.handling = LookupCombo(self.page_0)
        self.handling.setObjectName(u"handling")
        self.handling.setLookup(u"handling")

        self.grid_0.addWidget(self.handling, 14, 1, 1, 1)

        self.err_handling = FieldErrorLabel(self.page_0)
        self.err_handling.setObjectName(u"err_handling")

        self.grid_0.addWidget(self.err_handling, 15, 1, 1, 1)

        self.label_handling_dept = QLabel(self.page_0)
        self.label_handling_dept.setObjectName(u"label_handling_dept")

        self.grid_0.addWidget(self.label_handling_dept, 14, 2, 1, 1)

        self.handling_dept = DepartmentCombo(self.page_0)
        self.handling_dept.setObjectName(u"handling_dept")

        self.grid_0.addWidget(self.handling_dept, 14, 3, 1, 1)

        self.err_handling_dept = FieldErrorLabel(self.page_0)
        self.err_handling_dept.setObjectName(u"err_handling_dept")

        self.grid_0.addWidget(self.err_handling_dept, 15, 3, 1, 1)

        self.vspace_15 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_15, 16, 1, 1, 1)


        self.page_layout_0.addLayout(self.grid_0)

        self.tabs.addTab(self.page_0, "")
        self.page_1 = QWidget()
        self.page_1.setObjectName(u"page_1")
        self.page_layout_1 = QVBoxLayout(self.page_1)
        self.page_layout_1.setObjectName(u"page_layout_1")
        self.grid_15 = QGridLayout()
        self.grid_15.setObjectName(u"grid_15")
        self.grid_15.setHorizontalSpacing(10)
        self.label_status = QLabel(self.page_1)
        self.label_status.setObjectName(u"label_status")

        self.grid_15.addWidget(self.label_status, 0, 0, 1, 1)

        self.status = LookupCombo(self.page_1)
        self.status.setObjectName(u"status")

        self.grid_15.addWidget(self.status, 0, 1, 1, 1)

        self.err_status = FieldErrorLabel(self.page_1)
        self.err_status.setObjectName(u"err_status")

        self.grid_15.addWidget(self.err_status, 1, 1, 1, 1)

        self.label_satisfaction = QLabel(self.page_1)
        self.label_satisfaction.setObjectName(u"label_satisfaction")

        self.grid_15.addWidget(self.label_satisfaction, 0, 2, 1, 1)

        self.satisfaction = LookupCombo(self.page_1)
        self.satisfaction.setObjectName(u"satisfaction")

        self.grid_15.addWidget(self.satisfaction, 0, 3, 1, 1)

        self.err_satisfaction = FieldErrorLabel(self.page_1)
        self.err_satisfaction.setObjectName(u"err_satisfaction")

        self.grid_15.addWidget(self.err_satisfaction, 1, 3, 1, 1)

        self.label_result = QLabel(self.page_1)
        self.label_result.setObjectName(u"label_result")

        self.grid_15.addWidget(self.label_result, 2, 0, 1, 1, Qt.AlignTop)

        self.result = QPlainTextEdit(self.page_1)
        self.result.setObjectName(u"result")
        self.result.setTabChangesFocus(True)
        self.result.setMinimumSize(QSize(0, 56))

        self.grid_15.addWidget(self.result, 2, 1, 1, 3)

        self.err_result = FieldErrorLabel(self.page_1)
        self.err_result.setObjectName(u"err_result")

        self.grid_15.addWidget(self.err_result, 3, 1, 1, 3)

        self.label_followup_date = QLabel(self.page_1)
        self.label_followup_date.setObjectName(u"label_followup_date")

        self.grid_15.addWidget(self.label_followup_date, 4, 0, 1, 1)

        self.followup_date = DateEdit(self.page_1)
        self.followup_date.setObjectName(u"followup_date")
        self.followup_date.setOptional(True)

        self.grid_15.addWidget(self.followup_date, 4, 1, 1, 3)

        self.err_followup_date = FieldErrorLabel(self.page_1)
        self.err_followup_date.setObjectName(u"err_followup_date")

        self.grid_15.addWidget(self.err_followup_date, 5, 1, 1, 3)

        self.label_followup_note = QLabel(self.page_1)
        self.label_followup_note.setObjectName(u"label_followup_note")

        self.grid_15.addWidget(self.label_followup_note, 6, 0, 1, 1, Qt.AlignTop)

        self.followup_note = QPlainTextEdit(self.page_1)
        self.followup_note.setObjectName(u"followup_note")
        self.followup_note.setTabChangesFocus(True)
        self.followup_note.setMinimumSize(QSize(0, 56))

        self.grid_15.addWidget(self.followup_note, 6, 1, 1, 3)

        self.err_followup_note = FieldErrorLabel(self.page_1)
        self.err_followup_note.setObjectName(u"err_followup_note")

        self.grid_15.addWidget(self.err_followup_note, 7, 1, 1, 3)

        self.vspace_20 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_15.addItem(self.vspace_20, 8, 1, 1, 1)


        self.page_layout_1.addLayout(self.grid_15)

        self.tabs.addTab(self.page_1, "")

        self.main_layout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(VisitForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_visit_date.setBuddy(self.visit_date)
        self.label_visit_time.setBuddy(self.visit_time)
        self.label_mode.setBuddy(self.mode)
        self.label_members.setBuddy(self.members)
        self.label_visitor_name.setBuddy(self.visitor_name)
        self.label_visitor_gender.setBuddy(self.visitor_gender)
        self.label_visitor_phone.setBuddy(self.visitor_phone)
        self.label_people_count.setBuddy(self.people_count)
        self.label_visitor_address.setBuddy(self.visitor_address)
        self.label_visitor_id_number.setBuddy(self.visitor_id_number)
        self.label_visitor_sector.setBuddy(self.visitor_sector)
        self.label_category.setBuddy(self.category)
        self.label_content.setBuddy(self.content)
        self.label_handling.setBuddy(self.handling)
        self.label_handling_dept.setBuddy(self.handling_dept)
        self.label_status.setBuddy(self.status)
        self.label_satisfaction.setBuddy(self.satisfaction)
        self.label_result.setBuddy(self.result)
        self.label_followup_date.setBuddy(self.followup_date)
        self.label_followup_note.setBuddy(self.followup_note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.visit_date, self.visit_time)
        QWidget.setTabOrder(self.visit_time, self.mode)
        QWidget.setTabOrder(self.mode, self.members)
        QWidget.setTabOrder(self.members, self.visitor_name)
        QWidget.setTabOrder(self.visitor_name, self.visitor_gender)
        QWidget.setTabOrder(self.visitor_gender, self.visitor_phone)
        QWidget.setTabOrder(self.visitor_phone, self.people_count)
        QWidget.setTabOrder(self.people_count, self.visitor_address)
        QWidget.setTabOrder(self.visitor_address, self.visitor_id_number)
        QWidget.setTabOrder(self.visitor_id_number, self.visitor_sector)
        QWidget.setTabOrder(self.visitor_sector, self.category)
        QWidget.setTabOrder(self.category, self.content)
        QWidget.setTabOrder(self.content, self.handling)
        QWidget.setTabOrder(self.handling, self.handling_dept)
        QWidget.setTabOrder(self.handling_dept, self.status)
        QWidget.setTabOrder(self.status, self.satisfaction)
        QWidget.setTabOrder(self.satisfaction, self.result)
        QWidget.setTabOrder(self.result, self.followup_date)
        QWidget.setTabOrder(self.followup_date, self.followup_note)

        self.retranslateUi(VisitForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(VisitForm)
    # setupUi

    def retranslateUi(self, VisitForm):
        VisitForm.setWindowTitle(QCoreApplication.translate("VisitForm", u"\u6765\u8bbf\u767b\u8bb0", None))
        self.label_visit_date.setText(QCoreApplication.translate("VisitForm", u"\u6765\u8bbf\u65e5\u671f*", None))
        self.label_visit_time.setText(QCoreApplication.translate("VisitForm", u"\u6765\u8bbf\u65f6\u523b", None))
        self.visit_time.setPlaceholderText(QCoreApplication.translate("VisitForm", u"\u5982 09:30", None))
        self.label_mode.setText(QCoreApplication.translate("VisitForm", u"\u6765\u8bbf\u65b9\u5f0f", None))
        self.label_members.setText(QCoreApplication.translate("VisitForm", u"\u63a5\u5f85\u59d4\u5458", None))
        self.label_visitor_name.setText(QCoreApplication.translate("VisitForm", u"\u6765\u8bbf\u4eba*", None))
        self.label_visitor_gender.setText(QCoreApplication.translate("VisitForm", u"\u6027\u522b", None))
        self.label_visitor_phone.setText(QCoreApplication.translate("VisitForm", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.visitor_phone.setPlaceholderText(QCoreApplication.translate("VisitForm", u"\u624b\u673a\u6216\u56fa\u5b9a\u7535\u8bdd", None))
        self.label_people_count.setText(QCoreApplication.translate("VisitForm", u"\u4eba\u6570*", None))
        self.label_visitor_address.setText(QCoreApplication.translate("VisitForm", u"\u4f4f\u5740\u6216\u5355\u4f4d", None))
        self.label_visitor_id_number.setText(QCoreApplication.translate("VisitForm", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.label_visitor_sector.setText(QCoreApplication.translate("VisitForm", u"\u754c\u522b\u7fa4\u4f17", None))
        self.label_category.setText(QCoreApplication.translate("VisitForm", u"\u8bc9\u6c42\u7c7b\u522b*", None))
        self.label_content.setText(QCoreApplication.translate("VisitForm", u"\u8bc9\u6c42\u5185\u5bb9*", None))
        self.label_handling.setText(QCoreApplication.translate("VisitForm", u"\u5904\u7406\u65b9\u5f0f*", None))
        self.label_handling_dept.setText(QCoreApplication.translate("VisitForm", u"\u627f\u529e\u90e8\u95e8", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page_0), QCoreApplication.translate("VisitForm", u"\u767b\u8bb0", None))
        self.label_status.setText(QCoreApplication.translate("VisitForm", u"\u529e\u7406\u72b6\u6001", None))
        self.label_satisfaction.setText(QCoreApplication.translate("VisitForm", u"\u6ee1\u610f\u5ea6", None))
        self.label_result.setText(QCoreApplication.translate("VisitForm", u"\u529e\u7406\u7ed3\u679c", None))
        self.label_followup_date.setText(QCoreApplication.translate("VisitForm", u"\u56de\u8bbf\u65e5\u671f", None))
        self.label_followup_note.setText(QCoreApplication.translate("VisitForm", u"\u56de\u8bbf\u60c5\u51b5", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page_1), QCoreApplication.translate("VisitForm", u"\u529e\u7406\u4e0e\u56de\u8bbf", None))
    # retranslateUi

