# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dispute.ui'
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
    QDoubleSpinBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.field_error import FieldErrorLabel
from station_app.ui.widgets.lookup_combo import LookupCombo
from station_app.ui.widgets.member_picker import MemberPicker

class Ui_DisputeForm(object):
    def setupUi(self, DisputeForm):
        if not DisputeForm.objectName():
            DisputeForm.setObjectName(u"DisputeForm")
        DisputeForm.resize(640, 480)
        self.main_layout = QVBoxLayout(DisputeForm)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(DisputeForm)
        self.tabs.setObjectName(u"tabs")
        self.page_0 = QWidget()
        self.page_0.setObjectName(u"page_0")
        self.page_layout_0 = QVBoxLayout(self.page_0)
        self.page_layout_0.setObjectName(u"page_layout_0")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_case_no = QLabel(self.page_0)
        self.label_case_no.setObjectName(u"label_case_no")

        self.grid_0.addWidget(self.label_case_no, 0, 0, 1, 1)

        self.case_no = QLineEdit(self.page_0)
        self.case_no.setObjectName(u"case_no")
        self.case_no.setMaxLength(40)

        self.grid_0.addWidget(self.case_no, 0, 1, 1, 1)

        self.err_case_no = FieldErrorLabel(self.page_0)
        self.err_case_no.setObjectName(u"err_case_no")

        self.grid_0.addWidget(self.err_case_no, 1, 1, 1, 1)

        self.label_accepted_on = QLabel(self.page_0)
        self.label_accepted_on.setObjectName(u"label_accepted_on")

        self.grid_0.addWidget(self.label_accepted_on, 0, 2, 1, 1)

        self.accepted_on = DateEdit(self.page_0)
        self.accepted_on.setObjectName(u"accepted_on")

        self.grid_0.addWidget(self.accepted_on, 0, 3, 1, 1)

        self.err_accepted_on = FieldErrorLabel(self.page_0)
        self.err_accepted_on.setObjectName(u"err_accepted_on")

        self.grid_0.addWidget(self.err_accepted_on, 1, 3, 1, 1)

        self.label_source = QLabel(self.page_0)
        self.label_source.setObjectName(u"label_source")

        self.grid_0.addWidget(self.label_source, 2, 0, 1, 1)

        self.source = LookupCombo(self.page_0)
        self.source.setObjectName(u"source")
        self.source.setLookup(u"dispute_source")

        self.grid_0.addWidget(self.source, 2, 1, 1, 1)

        self.err_source = FieldErrorLabel(self.page_0)
        self.err_source.setObjectName(u"err_source")

        self.grid_0.addWidget(self.err_source, 3, 1, 1, 1)

        self.label_dispute_type = QLabel(self.page_0)
        self.label_dispute_type.setObjectName(u"label_dispute_type")

        self.grid_0.addWidget(self.label_dispute_type, 2, 2, 1, 1)

        self.dispute_type = LookupCombo(self.page_0)
        self.dispute_type.setObjectName(u"dispute_type")
        self.dispute_type.setLookup(u"dispute_type")

        self.grid_0.addWidget(self.dispute_type, 2, 3, 1, 1)

        self.err_dispute_type = FieldErrorLabel(self.page_0)
        self.err_dispute_type.setObjectName(u"err_dispute_type")

        self.grid_0.addWidget(self.err_dispute_type, 3, 3, 1, 1)

        self.label_location = QLabel(self.page_0)
        self.label_location.setObjectName(u"label_location")

        self.grid_0.addWidget(self.label_location, 4, 0, 1, 1)

        self.location = QLineEdit(self.page_0)
        self.location.setObjectName(u"location")
        self.location.setMaxLength(100)

        self.grid_0.addWidget(self.location, 4, 1, 1, 1)

        self.err_location = FieldErrorLabel(self.page_0)
        self.err_location.setObjectName(u"err_location")

        self.grid_0.addWidget(self.err_location, 5, 1, 1, 1)

        self.label_people_count = QLabel(self.page_0)
        self.label_people_count.setObjectName(u"label_people_count")

        self.grid_0.addWidget(self.label_people_count, 4, 2, 1, 1)

        self.people_count = QSpinBox(self.page_0)
        self.people_count.setObjectName(u"people_count")
        self.people_count.setMaximum(1000000)

        self.grid_0.addWidget(self.people_count, 4, 3, 1, 1)

        self.err_people_count = FieldErrorLabel(self.page_0)
        self.err_people_count.setObjectName(u"err_people_count")

        self.grid_0.addWidget(self.err_people_count, 5, 3, 1, 1)

        self.label_amount = QLabel(self.page_0)
        self.label_amount.setObjectName(u"label_amount")

        self.grid_0.addWidget(self.label_amount, 6, 0, 1, 1)

        self.amount = QDoubleSpinBox(self.page_0)
        self.amount.setObjectName(u"amount")
        self.amount.setMaximum(9999999999.000000000000000)
        self.amount.setGroupSeparatorShown(True)

        self.grid_0.addWidget(self.amount, 6, 1, 1, 1)

        self.err_amount = FieldErrorLabel(self.page_0)
        self.err_amount.setObjectName(u"err_amount")

        self.grid_0.addWidget(self.err_amount, 7, 1, 1, 1)

        self.label_members = QLabel(self.page_0)
        self.label_members.setObjectName(u"label_members")

        self.grid_0.addWidget(self.label_members, 6, 2, 1, 1)

        self.members = MemberPicker(self.page_0)
        self.members.setObjectName(u"members")

        self.grid_0.addWidget(self.members, 6, 3, 1, 1)

        self.err_members = FieldErrorLabel(self.page_0)
        self.err_members.setObjectName(u"err_members")

        self.grid_0.addWidget(self.err_members, 7, 3, 1, 1)

        self.label_other_mediators = QLabel(self.page_0)
        self.label_other_mediators.setObjectName(u"label_other_mediators")

        self.grid_0.addWidget(self.label_other_mediators, 8, 0, 1, 1)

        self.other_mediators = QLineEdit(self.page_0)
        self.other_mediators.setObjectName(u"other_mediators")
        self.other_mediators.setMaxLength(200)

        self.grid_0.addWidget(self.other_mediators, 8, 1, 1, 3)

        self.err_other_mediators = FieldErrorLabel(self.page_0)
        self.err_other_mediators.setObjectName(u"err_other_mediators")

        self.grid_0.addWidget(self.err_other_mediators, 9, 1, 1, 3)

        self.label_summary = QLabel(self.page_0)
        self.label_summary.setObjectName(u"label_summary")

        self.grid_0.addWidget(self.label_summary, 10, 0, 1, 1, Qt.AlignTop)

        self.summary = QPlainTextEdit(self.page_0)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.summary, 10, 1, 1, 3)

        self.err_summary = FieldErrorLabel(self.page_0)
        self.err_summary.setObjectName(u"err_summary")

        self.grid_0.addWidget(self.err_summary, 11, 1, 1, 3)

        self.vspace_10 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_10, 12, 1, 1, 1)


        self.page_layout_0.addLayout(self.grid_0)

        self.tabs.addTab(self.page_0, "")
        self.page_1 = QWidget()
        self.page_1.setObjectName(u"page_1")
        self.page_layout_1 = QVBoxLayout(self.page_1)
        self.page_layout_1.setObjectName(u"page_layout_1")
        self.grid_10 = QGridLayout()
        self.grid_10.setObjectName(u"grid_10")
        self.grid_10.setHorizontalSpacing(10)
        self.label_result = QLabel(self.page_1)
        self.label_result.setObjectName(u"label_result")

        self.grid_10.addWidget(self.label_result, 0, 0, 1, 1)

        self.result = LookupCombo(self.page_1)
        self.result.setObjectName(u"result")

        self.grid_10.addWidget(self.result, 0, 1, 1, 1)

        self.err_result = FieldErrorLabel(self.page_1)
        self.err_result.setObjectName(u"err_result")

        self.grid_10.addWidget(self.err_result, 1, 1, 1, 1)

        self.label_closed_on = QLabel(self.page_1)
        self.label_closed_on.setObjectName(u"label_closed_on")

        self.grid_10.addWidget(self.label_closed_on, 0, 2, 1, 1)

        self.closed_on = DateEdit(self.page_1)
        self.closed_on.setObjectName(u"closed_on")
        self.closed_on.setOptional(True)

        self.grid_10.addWidget(self.closed_on, 0, 3, 1, 1)

        self.err_closed_on = FieldErrorLabel(self.page_1)
        self.err_closed_on.setObjectName(u"err_closed_on")

        self.grid_10.addWidget(self.err_closed_on, 1, 3, 1, 1)

        self.label_agreement_form = QLabel(self.page_1)
        self.label_agreement_form.setObjectName(u"label_agreement_form")

        self.grid_10.addWidget(self.label_agreement_form, 2, 0, 1, 1)

        self.agreement_form = LookupCombo(self.page_1)
        self.agreement_form.setObjectName(u"agreement_form")

        self.grid_10.addWidget(self.agreement_form, 2, 1, 1, 1)

        self.err_agreement_form = FieldErrorLabel(self.page_1)
        self.err_agreement_form.setObjectName(u"err_agreement_form")

        self.grid_10.addWidget(self.err_agreement_form, 3, 1, 1, 1)

        self.label_agreement_no = QLabel(self.page_1)
        self.label_agreement_no.setObjectName(u"label_agreement_no")

        self.grid_10.addWidget(self.label_agreement_no, 2, 2, 1, 1)

        self.agreement_no = QLineEdit(self.page_1)
        self.agreement_no.setObjectName(u"agreement_no")
        self.agreement_no.setMaxLength(40)

        self.grid_10.addWidget(self.agreement_no, 2, 3, 1, 1)

        self.err_agreement_no = FieldErrorLabel(self.page_1)
        self.err_agreement_no.setObjectName(u"err_agreement_no")

        self.grid_10.addWidget(self.err_agreement_no, 3, 3, 1, 1)

        self.label_agreement_date = QLabel(self.page_1)
        self.label_agreement_date.setObjectName(u"label_agreement_date")

        self.grid_10.addWidget(self.label_agreement_date, 4, 0, 1, 1)

        self.agreement_date = DateEdit(self.page_1)
        self.agreement_date.setObjectName(u"agreement_date")
        self.agreement_date.setOptional(True)

        self.grid_10.addWidget(self.agreement_date, 4, 1, 1, 1)

        self.err_agreement_date = FieldErrorLabel(self.page_1)
        self.err_agreement_date.setObjectName(u"err_agreement_date")

        self.grid_10.addWidget(self.err_agreement_date, 5, 1, 1, 1)

        self.label_recorder = QLabel(self.page_1)
        self.label_recorder.setObjectName(u"label_recorder")

        self.grid_10.addWidget(self.label_recorder, 4, 2, 1, 1)

        self.recorder = QLineEdit(self.page_1)
        self.recorder.setObjectName(u"recorder")
        self.recorder.setMaxLength(50)

        self.grid_10.addWidget(self.recorder, 4, 3, 1, 1)

        self.err_recorder = FieldErrorLabel(self.page_1)
        self.err_recorder.setObjectName(u"err_recorder")

        self.grid_10.addWidget(self.err_recorder, 5, 3, 1, 1)

        self.label_fulfil_method = QLabel(self.page_1)
        self.label_fulfil_method.setObjectName(u"label_fulfil_method")

        self.grid_10.addWidget(self.label_fulfil_method, 6, 0, 1, 1)

        self.fulfil_method = QLineEdit(self.page_1)
        self.fulfil_method.setObjectName(u"fulfil_method")
        self.fulfil_method.setMaxLength(100)

        self.grid_10.addWidget(self.fulfil_method, 6, 1, 1, 1)

        self.err_fulfil_method = FieldErrorLabel(self.page_1)
        self.err_fulfil_method.setObjectName(u"err_fulfil_method")

        self.grid_10.addWidget(self.err_fulfil_method, 7, 1, 1, 1)

        self.label_fulfil_place = QLabel(self.page_1)
        self.label_fulfil_place.setObjectName(u"label_fulfil_place")

        self.grid_10.addWidget(self.label_fulfil_place, 6, 2, 1, 1)

        self.fulfil_place = QLineEdit(self.page_1)
        self.fulfil_place.setObjectName(u"fulfil_place")
        self.fulfil_place.setMaxLength(100)

        self.grid_10.addWidget(self.fulfil_place, 6, 3, 1, 1)

        self.err_fulfil_place = FieldErrorLabel(self.page_1)
        self.err_fulfil_place.setObjectName(u"err_fulfil_place")

        self.grid_10.addWidget(self.err_fulfil_place, 7, 3, 1, 1)

        self.label_fulfil_deadline = QLabel(self.page_1)
        self.label_fulfil_deadline.setObjectName(u"label_fulfil_deadline")

        self.grid_10.addWidget(self.label_fulfil_deadline, 8, 0, 1, 1)

        self.fulfil_deadline = DateEdit(self.page_1)
        self.fulfil_deadline.setObjectName(u"fulfil_deadline")
        self.fulfil_deadline.setOptional(True)

        self.grid_10.addWidget(self.fulfil_deadline, 8, 1, 1, 1)

        self.err_fulfil_deadline = FieldErrorLabel(self.page_1)
        self.err_fulfil_deadline.setObjectName(u"err_fulfil_deadline")

        self.grid_10.addWidget(self.err_fulfil_deadline, 9, 1, 1, 1)

        self.label_agreement_amount = QLabel(self.page_1)
        self.label_agreement_amount.setObjectName(u"label_agreement_amount")

        self.grid_10.addWidget(self.label_agreement_amount, 8, 2, 1, 1)

        self.agreement_amount = QDoubleSpinBox(self.page_1)
        self.agreement_amount.setObjectName(u"agreement_amount")
        self.agreement_amount.setMaximum(9999999999.000000000000000)
        self.agreement_amount.setGroupSeparatorShown(True)

        self.grid_10.addWidget(self.agreement_amount, 8, 3, 1, 1)

        self.err_agreement_amount = FieldErrorLabel(self.page_1)
        self.err_agreement_amount.setObjectName(u"err_agreement_amount")

        self.grid_10.addWidget(self.err_agreement_amount, 9, 3, 1, 1)

        self.label_fulfilment = QLabel(self.page_1)
        self.label_fulfilment.setObjectName(u"label_fulfilment")

        self.grid_10.addWidget(self.label_fulfilment, 10, 0, 1, 1)

        self.fulfilment = LookupCombo(self.page_1)
        self.fulfilment.setObjectName(u"fulfilment")

        self.grid_10.addWidget(self.fulfilment, 10, 1, 1, 3)

        self.err_fulfilment = FieldErrorLabel(self.page_1)
        self.err_fulfilment.setObjectName(u"err_fulfilment")

        self.grid_10.addWidget(self.err_fulfilment, 11, 1, 1, 3)

        self.label_agreement_content = QLabel(self.page_1)
        self.label_agreement_content.setObjectName(u"label_agreement_content")

        self.grid_10.addWidget(self.label_agreement_content, 12, 0, 1, 1, Qt.AlignTop)

        self.agreement_content = QPlainTextEdit(self.page_1)
        self.agreement_content.setObjectName(u"agreement_content")
        self.agreement_content.setTabChangesFocus(True)
        self.agreement_content.setMinimumSize(QSize(0, 56))

        self.grid_10.addWidget(self.agreement_content, 12, 1, 1, 3)

        self.err_agreement_content = FieldErrorLabel(self.page_1)
        self.err_agreement_content.setObjectName(u"err_agreement_content")

        self.grid_10.addWidget(self.err_agreement_content, 13, 1, 1, 3)

        self.label_failure_reason = QLabel(self.page_1)
        self.label_failure_reason.setObjectName(u"label_failure_reason")

        self.grid_10.addWidget(self.label_failure_reason, 14, 0, 1, 1, Qt.AlignTop)

        self.failure_reason = QPlainTextEdit(self.page_1)
        self.failure_reason.setObjectName(u"failure_reason")
        self.failure_reason.setTabChangesFocus(True)
        self.failure_reason.setMinimumSize(QSize(0, 56))

        self.grid_10.addWidget(self.failure_reason, 14, 1, 1, 3)

        self.err_failure_reason = FieldErrorLabel(self.page_1)
        self.err_failure_reason.setObjectName(u"err_failure_reason")

        self.grid_10.addWidget(self.err_failure_reason, 15, 1, 1, 3)

        self.label_explanation = QLabel(self.page_1)
        self.label_explanation.setObjectName(u"label_explanation")

        self.grid_10.addWidget(self.label_explanation, 16, 0, 1, 1, Qt.AlignTop)

        self.explanation = QPlainTextEdit(self.page_1)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setTabChangesFocus(True)
        self.explanation.setMinimumSize(QSize(0, 56))

        self.grid_10.addWidget(self.explanation, 16, 1, 1, 3)

        self.err_explanation = FieldErrorLabel(self.page_1)
        self.err_explanation.setObjectName(u"err_explanation")

        self.grid_10.addWidget(self.err_explanation, 17, 1, 1, 3)

        self.vspace_21 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_10.addItem(self.vspace_21, 18, 1, 1, 1)


        self.page_layout_1.addLayout(self.grid_10)

        self.tabs.addTab(self.page_1, "")
        self.page_arch = QWidget()
        self.page_arch.setObjectName(u"page_arch")
        self.page_layout_arch = QVBoxLayout(self.page_arch)
        self.page_layout_arch.setObjectName(u"page_layout_arch")
        self.grid_arch = QGridLayout()
        self.grid_arch.setObjectName(u"grid_arch")
        self.grid_arch.setHorizontalSpacing(10)
        self.label_file_no = QLabel(self.page_arch)
        self.label_file_no.setObjectName(u"label_file_no")

        self.grid_arch.addWidget(self.label_file_no, 0, 0, 1, 1)

        self.file_no = QLineEdit(self.page_arch)
        self.file_no.setObjectName(u"file_no")
        self.file_no.setMaxLength(40)

        self.grid_arch.addWidget(self.file_no, 0, 1, 1, 1)

        self.err_file_no = FieldErrorLabel(self.page_arch)
        self.err_file_no.setObjectName(u"err_file_no")

        self.grid_arch.addWidget(self.err_file_no, 1, 1, 1, 1)

        self.label_archive_status = QLabel(self.page_arch)
        self.label_archive_status.setObjectName(u"label_archive_status")

        self.grid_arch.addWidget(self.label_archive_status, 0, 2, 1, 1)

        self.archive_status = LookupCombo(self.page_arch)
        self.archive_status.setObjectName(u"archive_status")

        self.grid_arch.addWidget(self.archive_status, 0, 3, 1, 1)

        self.err_archive_status = FieldErrorLabel(self.page_arch)
        self.err_archive_status.setObjectName(u"err_archive_status")

        self.grid_arch.addWidget(self.err_archive_status, 1, 3, 1, 1)

        self.label_retention = QLabel(self.page_arch)
        self.label_retention.setObjectName(u"label_retention")

        self.grid_arch.addWidget(self.label_retention, 2, 0, 1, 1)

        self.retention = LookupCombo(self.page_arch)
        self.retention.setObjectName(u"retention")

        self.grid_arch.addWidget(self.retention, 2, 1, 1, 1)

        self.err_retention = FieldErrorLabel(self.page_arch)
        self.err_retention.setObjectName(u"err_retention")

        self.grid_arch.addWidget(self.err_retention, 3, 1, 1, 1)

        self.label_filed_on = QLabel(self.page_arch)
        self.label_filed_on.setObjectName(u"label_filed_on")

        self.grid_arch.addWidget(self.label_filed_on, 2, 2, 1, 1)

        self.filed_on = DateEdit(self.page_arch)
        self.filed_on.setObjectName(u"filed_on")
        self.filed_on.setOptional(True)

        self.grid_arch.addWidget(self.filed_on, 2, 3, 1, 1)

        self.err_filed_on = FieldErrorLabel(self.page_arch)
        self.err_filed_on.setObjectName(u"err_filed_on")

        self.grid_arch.addWidget(self.err_filed_on, 3, 3, 1, 1)

        self.label_filed_by = QLabel(self.page_arch)
        self.label_filed_by.setObjectName(u"label_filed_by")

        self.grid_arch.addWidget(self.label_filed_by, 4, 0, 1, 1)

        self.filed_by = QLineEdit(self.page_arch)
        self.filed_by.setObjectName(u"filed_by")
        self.filed_by.setMaxLength(50)

        self.grid_arch.addWidget(self.filed_by, 4, 1, 1, 1)

        self.err_filed_by = FieldErrorLabel(self.page_arch)
        self.err_filed_by.setObjectName(u"err_filed_by")

        self.grid_arch.addWidget(self.err_filed_by, 5, 1, 1, 1)

        self.label_checked_by = QLabel(self.page_arch)
        self.label_checked_by.setObjectName(u"label_checked_by")

        self.grid_arch.addWidget(self.label_checked_by, 4, 2, 1, 1)

        self.checked_by = QLineEdit(self.page_arch)
        self.checked_by.setObjectName(u"checked_by")
        self.checked_by.setMaxLength(50)

        self.grid_arch.addWidget(self.checked_by, 4, 3, 1, 1)

        self.err_checked_by = FieldErrorLabel(self.page_arch)
        self.err_checked_by.setObjectName(u"err_checked_by")

        self.grid_arch.addWidget(self.err_checked_by, 5, 3, 1, 1)

        self.vspace_arch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_arch.addItem(self.vspace_arch, 6, 1, 1, 1)


        self.page_layout_arch.addLayout(self.grid_arch)

        self.tabs.addTab(self.page_arch, "")
        self.page_2 = QWidget()
        self.page_2.setObjectName(u"page_2")
        self.page_layout_2 = QVBoxLayout(self.page_2)
        self.page_layout_2.setObjectName(u"page_layout_2")
        self.grid_21 = QGridLayout()
        self.grid_21.setObjectName(u"grid_21")
        self.grid_21.setHorizontalSpacing(10)
        self.label_prevented_criminal_cases = QLabel(self.page_2)
        self.label_prevented_criminal_cases.setObjectName(u"label_prevented_criminal_cases")

        self.grid_21.addWidget(self.label_prevented_criminal_cases, 0, 0, 1, 1)

        self.prevented_criminal_cases = QSpinBox(self.page_2)
        self.prevented_criminal_cases.setObjectName(u"prevented_criminal_cases")
        self.prevented_criminal_cases.setMaximum(1000000)

        self.grid_21.addWidget(self.prevented_criminal_cases, 0, 1, 1, 1)

        self.err_prevented_criminal_cases = FieldErrorLabel(self.page_2)
        self.err_prevented_criminal_cases.setObjectName(u"err_prevented_criminal_cases")

        self.grid_21.addWidget(self.err_prevented_criminal_cases, 1, 1, 1, 1)

        self.label_prevented_criminal_people = QLabel(self.page_2)
        self.label_prevented_criminal_people.setObjectName(u"label_prevented_criminal_people")

        self.grid_21.addWidget(self.label_prevented_criminal_people, 0, 2, 1, 1)

        self.prevented_criminal_people = QSpinBox(self.page_2)
        self.prevented_criminal_people.setObjectName(u"prevented_criminal_people")
        self.prevented_criminal_people.setMaximum(1000000)

        self.grid_21.addWidget(self.prevented_criminal_people, 0, 3, 1, 1)

        self.err_prevented_criminal_people = FieldErrorLabel(self.page_2)
        self.err_prevented_criminal_people.setObjectName(u"err_prevented_criminal_people")

        self.grid_21.addWidget(self.err_prevented_criminal_people, 1, 3, 1, 1)

        self.label_prevented_petition_cases = QLabel(self.page_2)
        self.label_prevented_petition_cases.setObjectName(u"label_prevented_petition_cases")

        self.grid_21.addWidget(self.label_prevented_petition_cases, 2, 0, 1, 1)

        self.prevented_petition_cases = QSpinBox(self.page_2)
        self.prevented_petition_cases.setObjectName(u"prevented_petition_cases")
        self.prevented_petition_cases.setMaximum(1000000)

        self.grid_21.addWidget(self.prevented_petition_cases, 2, 1, 1, 1)

        self.err_prevented_petition_cases = FieldErrorLabel(self.page_2)
        self.err_prevented_petition_cases.setObjectName(u"err_prevented_petition_cases")

        self.grid_21.addWidget(self.err_prevented_petition_cases, 3, 1, 1, 1)

        self.label_prevented_petition_people = QLabel(self.page_2)
        self.label_prevented_petition_people.setObjectName(u"label_prevented_petition_people")

        self.grid_21.addWidget(self.label_prevented_petition_people, 2, 2, 1, 1)

        self.prevented_petition_people = QSpinBox(self.page_2)
        self.prevented_petition_people.setObjectName(u"prevented_petition_people")
        self.prevented_petition_people.setMaximum(1000000)

        self.grid_21.addWidget(self.prevented_petition_people, 2, 3, 1, 1)

        self.err_prevented_petition_people = FieldErrorLabel(self.page_2)
        self.err_prevented_petition_people.setObjectName(u"err_prevented_petition_people")

        self.grid_21.addWidget(self.err_prevented_petition_people, 3, 3, 1, 1)

        self.label_prevented_suicide_cases = QLabel(self.page_2)
        self.label_prevented_suicide_cases.setObjectName(u"label_prevented_suicide_cases")

        self.grid_21.addWidget(self.label_prevented_suicide_cases, 4, 0, 1, 1)

        self.prevented_suicide_cases = QSpinBox(self.page_2)
        self.prevented_suicide_cases.setObjectName(u"prevented_suicide_cases")
        self.prevented_suicide_cases.setMaximum(1000000)

        self.grid_21.addWidget(self.prevented_suicide_cases, 4, 1, 1, 1)

        self.err_prevented_suicide_cases = FieldErrorLabel(self.page_2)
        self.err_prevented_suicide_cases.setObjectName(u"err_prevented_suicide_cases")

        self.grid_21.addWidget(self.err_prevented_suicide_cases, 5, 1, 1, 1)

        self.label_prevented_suicide_people = QLabel(self.page_2)
        self.label_prevented_suicide_people.setObjectName(u"label_prevented_suicide_people")

        self.grid_21.addWidget(self.label_prevented_suicide_people, 4, 2, 1, 1)

        self.prevented_suicide_people = QSpinBox(self.page_2)
        self.prevented_suicide_people.setObjectName(u"prevented_suicide_people")
        self.prevented_suicide_people.setMaximum(1000000)

        self.grid_21.addWidget(self.prevented_suicide_people, 4, 3, 1, 1)

        self.err_prevented_suicide_people = FieldErrorLabel(self.page_2)
        self.err_prevented_suicide_people.setObjectName(u"err_prevented_suicide_people")

        self.grid_21.addWidget(self.err_prevented_suicide_people, 5, 3, 1, 1)

        self.vspace_27 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_21.addItem(self.vspace_27, 6, 1, 1, 1)


        self.page_layout_2.addLayout(self.grid_21)

        self.tabs.addTab(self.page_2, "")

        self.main_layout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(DisputeForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_case_no.setBuddy(self.case_no)
        self.label_accepted_on.setBuddy(self.accepted_on)
        self.label_source.setBuddy(self.source)
        self.label_dispute_type.setBuddy(self.dispute_type)
        self.label_location.setBuddy(self.location)
        self.label_people_count.setBuddy(self.people_count)
        self.label_amount.setBuddy(self.amount)
        self.label_members.setBuddy(self.members)
        self.label_other_mediators.setBuddy(self.other_mediators)
        self.label_summary.setBuddy(self.summary)
        self.label_result.setBuddy(self.result)
        self.label_closed_on.setBuddy(self.closed_on)
        self.label_agreement_form.setBuddy(self.agreement_form)
        self.label_agreement_no.setBuddy(self.agreement_no)
        self.label_agreement_date.setBuddy(self.agreement_date)
        self.label_recorder.setBuddy(self.recorder)
        self.label_fulfil_method.setBuddy(self.fulfil_method)
        self.label_fulfil_place.setBuddy(self.fulfil_place)
        self.label_fulfil_deadline.setBuddy(self.fulfil_deadline)
        self.label_agreement_amount.setBuddy(self.agreement_amount)
        self.label_fulfilment.setBuddy(self.fulfilment)
        self.label_agreement_content.setBuddy(self.agreement_content)
        self.label_failure_reason.setBuddy(self.failure_reason)
        self.label_explanation.setBuddy(self.explanation)
        self.label_file_no.setBuddy(self.file_no)
        self.label_archive_status.setBuddy(self.archive_status)
        self.label_retention.setBuddy(self.retention)
        self.label_filed_on.setBuddy(self.filed_on)
        self.label_filed_by.setBuddy(self.filed_by)
        self.label_checked_by.setBuddy(self.checked_by)
        self.label_prevented_criminal_cases.setBuddy(self.prevented_criminal_cases)
        self.label_prevented_criminal_people.setBuddy(self.prevented_criminal_people)
        self.label_prevented_petition_cases.setBuddy(self.prevented_petition_cases)
        self.label_prevented_petition_people.setBuddy(self.prevented_petition_people)
        self.label_prevented_suicide_cases.setBuddy(self.prevented_suicide_cases)
        self.label_prevented_suicide_people.setBuddy(self.prevented_suicide_people)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.case_no, self.accepted_on)
        QWidget.setTabOrder(self.accepted_on, self.source)
        QWidget.setTabOrder(self.source, self.dispute_type)
        QWidget.setTabOrder(self.dispute_type, self.location)
        QWidget.setTabOrder(self.location, self.people_count)
        QWidget.setTabOrder(self.people_count, self.amount)
        QWidget.setTabOrder(self.amount, self.members)
        QWidget.setTabOrder(self.members, self.other_mediators)
        QWidget.setTabOrder(self.other_mediators, self.summary)
        QWidget.setTabOrder(self.summary, self.result)
        QWidget.setTabOrder(self.result, self.closed_on)
        QWidget.setTabOrder(self.closed_on, self.agreement_form)
        QWidget.setTabOrder(self.agreement_form, self.agreement_no)
        QWidget.setTabOrder(self.agreement_no, self.agreement_date)
        QWidget.setTabOrder(self.agreement_date, self.recorder)
        QWidget.setTabOrder(self.recorder, self.fulfil_method)
        QWidget.setTabOrder(self.fulfil_method, self.fulfil_place)
        QWidget.setTabOrder(self.fulfil_place, self.fulfil_deadline)
        QWidget.setTabOrder(self.fulfil_deadline, self.agreement_amount)
        QWidget.setTabOrder(self.agreement_amount, self.fulfilment)
        QWidget.setTabOrder(self.fulfilment, self.agreement_content)
        QWidget.setTabOrder(self.agreement_content, self.failure_reason)
        QWidget.setTabOrder(self.failure_reason, self.explanation)
        QWidget.setTabOrder(self.explanation, self.file_no)
        QWidget.setTabOrder(self.file_no, self.archive_status)
        QWidget.setTabOrder(self.archive_status, self.retention)
        QWidget.setTabOrder(self.retention, self.filed_on)
        QWidget.setTabOrder(self.filed_on, self.filed_by)
        QWidget.setTabOrder(self.filed_by, self.checked_by)
        QWidget.setTabOrder(self.checked_by, self.prevented_criminal_cases)
        QWidget.setTabOrder(self.prevented_criminal_cases, self.prevented_criminal_people)
        QWidget.setTabOrder(self.prevented_criminal_people, self.prevented_petition_cases)
        QWidget.setTabOrder(self.prevented_petition_cases, self.prevented_petition_people)
        QWidget.setTabOrder(self.prevented_petition_people, self.prevented_suicide_cases)
        QWidget.setTabOrder(self.prevented_suicide_cases, self.prevented_suicide_people)

        self.retranslateUi(DisputeForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DisputeForm)
    # setupUi

    def retranslateUi(self, DisputeForm):
        DisputeForm.setWindowTitle(QCoreApplication.translate("DisputeForm", u"\u77db\u76fe\u7ea0\u7eb7\u8c03\u89e3\u6848\u4ef6", None))
        self.label_case_no.setText(QCoreApplication.translate("DisputeForm", u"\u6848\u4ef6\u7f16\u53f7", None))
        self.label_accepted_on.setText(QCoreApplication.translate("DisputeForm", u"\u53d7\u7406\u65e5\u671f*", None))
        self.label_source.setText(QCoreApplication.translate("DisputeForm", u"\u6765\u6e90", None))
        self.label_dispute_type.setText(QCoreApplication.translate("DisputeForm", u"\u7ea0\u7eb7\u7c7b\u578b*", None))
        self.label_location.setText(QCoreApplication.translate("DisputeForm", u"\u5730\u70b9", None))
        self.label_people_count.setText(QCoreApplication.translate("DisputeForm", u"\u6d89\u53ca\u4eba\u6570", None))
        self.label_amount.setText(QCoreApplication.translate("DisputeForm", u"\u6d89\u53ca\u91d1\u989d", None))
        self.amount.setSuffix(QCoreApplication.translate("DisputeForm", u" \u5143", None))
        self.label_members.setText(QCoreApplication.translate("DisputeForm", u"\u8c03\u89e3\u5458", None))
        self.label_other_mediators.setText(QCoreApplication.translate("DisputeForm", u"\u5176\u4ed6\u8c03\u89e3\u5458", None))
        self.label_summary.setText(QCoreApplication.translate("DisputeForm", u"\u7b80\u8981\u60c5\u51b5*", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page_0), QCoreApplication.translate("DisputeForm", u"\u6848\u4ef6\u4fe1\u606f", None))
        self.label_result.setText(QCoreApplication.translate("DisputeForm", u"\u8c03\u89e3\u7ed3\u679c", None))
        self.label_closed_on.setText(QCoreApplication.translate("DisputeForm", u"\u7ed3\u6848\u65e5\u671f", None))
        self.label_agreement_form.setText(QCoreApplication.translate("DisputeForm", u"\u534f\u8bae\u5f62\u5f0f", None))
        self.label_agreement_no.setText(QCoreApplication.translate("DisputeForm", u"\u534f\u8bae\u7f16\u53f7", None))
        self.label_agreement_date.setText(QCoreApplication.translate("DisputeForm", u"\u534f\u8bae\u65e5\u671f", None))
        self.label_recorder.setText(QCoreApplication.translate("DisputeForm", u"\u8bb0\u5f55\u4eba", None))
        self.label_fulfil_method.setText(QCoreApplication.translate("DisputeForm", u"\u5c65\u884c\u65b9\u5f0f", None))
        self.label_fulfil_place.setText(QCoreApplication.translate("DisputeForm", u"\u5c65\u884c\u5730\u70b9", None))
        self.label_fulfil_deadline.setText(QCoreApplication.translate("DisputeForm", u"\u5c65\u884c\u671f\u9650", None))
        self.label_agreement_amount.setText(QCoreApplication.translate("DisputeForm", u"\u534f\u8bae\u6d89\u53ca\u91d1\u989d", None))
        self.agreement_amount.setSuffix(QCoreApplication.translate("DisputeForm", u" \u5143", None))
        self.label_fulfilment.setText(QCoreApplication.translate("DisputeForm", u"\u5c65\u884c\u60c5\u51b5", None))
        self.label_agreement_content.setText(QCoreApplication.translate("DisputeForm", u"\u534f\u8bae\u5185\u5bb9", None))
        self.label_failure_reason.setText(QCoreApplication.translate("DisputeForm", u"\u8c03\u89e3\u4e0d\u6210\u529f\u539f\u56e0", None))
        self.label_explanation.setText(QCoreApplication.translate("DisputeForm", u"\u60c5\u51b5\u8bf4\u660e", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page_1), QCoreApplication.translate("DisputeForm", u"\u8c03\u89e3\u7ed3\u679c", None))
        self.label_file_no.setText(QCoreApplication.translate("DisputeForm", u"\u5377\u5b97\u53f7", None))
        self.label_archive_status.setText(QCoreApplication.translate("DisputeForm", u"\u5f52\u6863\u72b6\u6001", None))
        self.label_retention.setText(QCoreApplication.translate("DisputeForm", u"\u4fdd\u7ba1\u671f\u9650", None))
        self.label_filed_on.setText(QCoreApplication.translate("DisputeForm", u"\u7acb\u5377\u65e5\u671f", None))
        self.label_filed_by.setText(QCoreApplication.translate("DisputeForm", u"\u7acb\u5377\u4eba", None))
        self.label_checked_by.setText(QCoreApplication.translate("DisputeForm", u"\u68c0\u67e5\u4eba", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page_arch), QCoreApplication.translate("DisputeForm", u"\u7acb\u5377\u5f52\u6863", None))
        self.label_prevented_criminal_cases.setText(QCoreApplication.translate("DisputeForm", u"\u9632\u6b62\u6c11\u8f6c\u5211\uff08\u4ef6\uff09", None))
        self.label_prevented_criminal_people.setText(QCoreApplication.translate("DisputeForm", u"\u9632\u6b62\u6c11\u8f6c\u5211\uff08\u4eba\uff09", None))
        self.label_prevented_petition_cases.setText(QCoreApplication.translate("DisputeForm", u"\u9632\u6b62\u7fa4\u4f53\u6027\u4e0a\u8bbf\uff08\u4ef6\uff09", None))
        self.label_prevented_petition_people.setText(QCoreApplication.translate("DisputeForm", u"\u9632\u6b62\u7fa4\u4f53\u6027\u4e0a\u8bbf\uff08\u4eba\uff09", None))
        self.label_prevented_suicide_cases.setText(QCoreApplication.translate("DisputeForm", u"\u9632\u6b62\u81ea\u6740\uff08\u4ef6\uff09", None))
        self.label_prevented_suicide_people.setText(QCoreApplication.translate("DisputeForm", u"\u9632\u6b62\u81ea\u6740\uff08\u4eba\uff09", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page_2), QCoreApplication.translate("DisputeForm", u"\u9884\u9632\u7edf\u8ba1", None))
    # retranslateUi

