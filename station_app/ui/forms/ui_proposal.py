# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proposal.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.department_combo import (DepartmentCombo, DepartmentsEdit)
from station_app.ui.widgets.field_error import FieldErrorLabel
from station_app.ui.widgets.lookup_combo import LookupCombo
from station_app.ui.widgets.ordered_members import OrderedMembers

class Ui_ProposalForm(object):
    def setupUi(self, ProposalForm):
        if not ProposalForm.objectName():
            ProposalForm.setObjectName(u"ProposalForm")
        ProposalForm.resize(760, 600)
        self.main_layout = QVBoxLayout(ProposalForm)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(ProposalForm)
        self.tabs.setObjectName(u"tabs")
        self.page_0 = QWidget()
        self.page_0.setObjectName(u"page_0")
        self.page_layout_0 = QVBoxLayout(self.page_0)
        self.page_layout_0.setObjectName(u"page_layout_0")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_number = QLabel(self.page_0)
        self.label_number.setObjectName(u"label_number")

        self.grid_0.addWidget(self.label_number, 0, 0, 1, 1)

        self.number = QLineEdit(self.page_0)
        self.number.setObjectName(u"number")
        self.number.setMaxLength(30)

        self.grid_0.addWidget(self.number, 0, 1, 1, 1)

        self.err_number = FieldErrorLabel(self.page_0)
        self.err_number.setObjectName(u"err_number")

        self.grid_0.addWidget(self.err_number, 1, 1, 1, 1)

        self.label_submitted_on = QLabel(self.page_0)
        self.label_submitted_on.setObjectName(u"label_submitted_on")

        self.grid_0.addWidget(self.label_submitted_on, 0, 2, 1, 1)

        self.submitted_on = DateEdit(self.page_0)
        self.submitted_on.setObjectName(u"submitted_on")

        self.grid_0.addWidget(self.submitted_on, 0, 3, 1, 1)

        self.err_submitted_on = FieldErrorLabel(self.page_0)
        self.err_submitted_on.setObjectName(u"err_submitted_on")

        self.grid_0.addWidget(self.err_submitted_on, 1, 3, 1, 1)

        self.label_title = QLabel(self.page_0)
        self.label_title.setObjectName(u"label_title")

        self.grid_0.addWidget(self.label_title, 2, 0, 1, 1)

        self.title = QLineEdit(self.page_0)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.grid_0.addWidget(self.title, 2, 1, 1, 3)

        self.err_title = FieldErrorLabel(self.page_0)
        self.err_title.setObjectName(u"err_title")

        self.grid_0.addWidget(self.err_title, 3, 1, 1, 3)

        self.label_members = QLabel(self.page_0)
        self.label_members.setObjectName(u"label_members")

        self.grid_0.addWidget(self.label_members, 4, 0, 1, 1, Qt.AlignTop)

        self.members = OrderedMembers(self.page_0)
        self.members.setObjectName(u"members")

        self.grid_0.addWidget(self.members, 4, 1, 1, 3)

        self.err_members = FieldErrorLabel(self.page_0)
        self.err_members.setObjectName(u"err_members")

        self.grid_0.addWidget(self.err_members, 5, 1, 1, 3)

        self.label_source = QLabel(self.page_0)
        self.label_source.setObjectName(u"label_source")

        self.grid_0.addWidget(self.label_source, 6, 0, 1, 1)

        self.source = LookupCombo(self.page_0)
        self.source.setObjectName(u"source")
        self.source.setLookup(u"proposal_source")

        self.grid_0.addWidget(self.source, 6, 1, 1, 1)

        self.err_source = FieldErrorLabel(self.page_0)
        self.err_source.setObjectName(u"err_source")

        self.grid_0.addWidget(self.err_source, 7, 1, 1, 1)

        self.label_submitted_to = QLabel(self.page_0)
        self.label_submitted_to.setObjectName(u"label_submitted_to")

        self.grid_0.addWidget(self.label_submitted_to, 6, 2, 1, 1)

        self.submitted_to = LookupCombo(self.page_0)
        self.submitted_to.setObjectName(u"submitted_to")
        self.submitted_to.setLookup(u"proposal_level")

        self.grid_0.addWidget(self.submitted_to, 6, 3, 1, 1)

        self.err_submitted_to = FieldErrorLabel(self.page_0)
        self.err_submitted_to.setObjectName(u"err_submitted_to")

        self.grid_0.addWidget(self.err_submitted_to, 7, 3, 1, 1)

        self.is_key = QCheckBox(self.page_0)
        self.is_key.setObjectName(u"is_key")

        self.grid_0.addWidget(self.is_key, 8, 1, 1, 3)

        self.err_is_key = FieldErrorLabel(self.page_0)
        self.err_is_key.setObjectName(u"err_is_key")

        self.grid_0.addWidget(self.err_is_key, 9, 1, 1, 3)

        self.label_reason = QLabel(self.page_0)
        self.label_reason.setObjectName(u"label_reason")

        self.grid_0.addWidget(self.label_reason, 10, 0, 1, 1, Qt.AlignTop)

        self.reason = QPlainTextEdit(self.page_0)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.reason, 10, 1, 1, 3)

        self.err_reason = FieldErrorLabel(self.page_0)
        self.err_reason.setObjectName(u"err_reason")

        self.grid_0.addWidget(self.err_reason, 11, 1, 1, 3)

        self.label_analysis = QLabel(self.page_0)
        self.label_analysis.setObjectName(u"label_analysis")

        self.grid_0.addWidget(self.label_analysis, 12, 0, 1, 1, Qt.AlignTop)

        self.analysis = QPlainTextEdit(self.page_0)
        self.analysis.setObjectName(u"analysis")
        self.analysis.setTabChangesFocus(True)
        self.analysis.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.analysis, 12, 1, 1, 3)

        self.err_analysis = FieldErrorLabel(self.page_0)
        self.err_analysis.setObjectName(u"err_analysis")

        self.grid_0.addWidget(self.err_analysis, 13, 1, 1, 3)

        self.label_suggestion = QLabel(self.page_0)
        self.label_suggestion.setObjectName(u"label_suggestion")

        self.grid_0.addWidget(self.label_suggestion, 14, 0, 1, 1, Qt.AlignTop)

        self.suggestion = QPlainTextEdit(self.page_0)
        self.suggestion.setObjectName(u"suggestion")
        self.suggestion.setTabChangesFocus(True)
        self.suggestion.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.suggestion, 14, 1, 1, 3)

        self.err_suggestion = FieldErrorLabel(self.page_0)
        self.err_suggestion.setObjectName(u"err_suggestion")

        self.grid_0.addWidget(self.err_suggestion, 15, 1, 1, 3)

        self.vspace_0_16 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_0_16, 16, 1, 1, 1)


        self.page_layout_0.addLayout(self.grid_0)

        self.tabs.addTab(self.page_0, "")
        self.page_1 = QWidget()
        self.page_1.setObjectName(u"page_1")
        self.page_layout_1 = QVBoxLayout(self.page_1)
        self.page_layout_1.setObjectName(u"page_layout_1")
        self.grid_1 = QGridLayout()
        self.grid_1.setObjectName(u"grid_1")
        self.grid_1.setHorizontalSpacing(10)
        self.label_filing = QLabel(self.page_1)
        self.label_filing.setObjectName(u"label_filing")

        self.grid_1.addWidget(self.label_filing, 0, 0, 1, 1)

        self.filing = LookupCombo(self.page_1)
        self.filing.setObjectName(u"filing")

        self.grid_1.addWidget(self.filing, 0, 1, 1, 1)

        self.err_filing = FieldErrorLabel(self.page_1)
        self.err_filing.setObjectName(u"err_filing")

        self.grid_1.addWidget(self.err_filing, 1, 1, 1, 1)

        self.label_filing_no = QLabel(self.page_1)
        self.label_filing_no.setObjectName(u"label_filing_no")

        self.grid_1.addWidget(self.label_filing_no, 0, 2, 1, 1)

        self.filing_no = QLineEdit(self.page_1)
        self.filing_no.setObjectName(u"filing_no")
        self.filing_no.setMaxLength(30)

        self.grid_1.addWidget(self.filing_no, 0, 3, 1, 1)

        self.err_filing_no = FieldErrorLabel(self.page_1)
        self.err_filing_no.setObjectName(u"err_filing_no")

        self.grid_1.addWidget(self.err_filing_no, 1, 3, 1, 1)

        self.label_main_dept = QLabel(self.page_1)
        self.label_main_dept.setObjectName(u"label_main_dept")

        self.grid_1.addWidget(self.label_main_dept, 2, 0, 1, 1)

        self.main_dept = DepartmentCombo(self.page_1)
        self.main_dept.setObjectName(u"main_dept")

        self.grid_1.addWidget(self.main_dept, 2, 1, 1, 1)

        self.err_main_dept = FieldErrorLabel(self.page_1)
        self.err_main_dept.setObjectName(u"err_main_dept")

        self.grid_1.addWidget(self.err_main_dept, 3, 1, 1, 1)

        self.label_co_depts = QLabel(self.page_1)
        self.label_co_depts.setObjectName(u"label_co_depts")

        self.grid_1.addWidget(self.label_co_depts, 2, 2, 1, 1)

        self.co_depts = DepartmentsEdit(self.page_1)
        self.co_depts.setObjectName(u"co_depts")
        self.co_depts.setMaxLength(300)

        self.grid_1.addWidget(self.co_depts, 2, 3, 1, 1)

        self.err_co_depts = FieldErrorLabel(self.page_1)
        self.err_co_depts.setObjectName(u"err_co_depts")

        self.grid_1.addWidget(self.err_co_depts, 3, 3, 1, 1)

        self.label_assigned_on = QLabel(self.page_1)
        self.label_assigned_on.setObjectName(u"label_assigned_on")

        self.grid_1.addWidget(self.label_assigned_on, 4, 0, 1, 1)

        self.assigned_on = DateEdit(self.page_1)
        self.assigned_on.setObjectName(u"assigned_on")
        self.assigned_on.setOptional(True)

        self.grid_1.addWidget(self.assigned_on, 4, 1, 1, 1)

        self.err_assigned_on = FieldErrorLabel(self.page_1)
        self.err_assigned_on.setObjectName(u"err_assigned_on")

        self.grid_1.addWidget(self.err_assigned_on, 5, 1, 1, 1)

        self.label_replied_on = QLabel(self.page_1)
        self.label_replied_on.setObjectName(u"label_replied_on")

        self.grid_1.addWidget(self.label_replied_on, 4, 2, 1, 1)

        self.replied_on = DateEdit(self.page_1)
        self.replied_on.setObjectName(u"replied_on")
        self.replied_on.setOptional(True)

        self.grid_1.addWidget(self.replied_on, 4, 3, 1, 1)

        self.err_replied_on = FieldErrorLabel(self.page_1)
        self.err_replied_on.setObjectName(u"err_replied_on")

        self.grid_1.addWidget(self.err_replied_on, 5, 3, 1, 1)

        self.label_reply_class = QLabel(self.page_1)
        self.label_reply_class.setObjectName(u"label_reply_class")

        self.grid_1.addWidget(self.label_reply_class, 6, 0, 1, 1)

        self.reply_class = LookupCombo(self.page_1)
        self.reply_class.setObjectName(u"reply_class")

        self.grid_1.addWidget(self.reply_class, 6, 1, 1, 1)

        self.err_reply_class = FieldErrorLabel(self.page_1)
        self.err_reply_class.setObjectName(u"err_reply_class")

        self.grid_1.addWidget(self.err_reply_class, 7, 1, 1, 1)

        self.label_member_opinion = QLabel(self.page_1)
        self.label_member_opinion.setObjectName(u"label_member_opinion")

        self.grid_1.addWidget(self.label_member_opinion, 6, 2, 1, 1)

        self.member_opinion = LookupCombo(self.page_1)
        self.member_opinion.setObjectName(u"member_opinion")

        self.grid_1.addWidget(self.member_opinion, 6, 3, 1, 1)

        self.err_member_opinion = FieldErrorLabel(self.page_1)
        self.err_member_opinion.setObjectName(u"err_member_opinion")

        self.grid_1.addWidget(self.err_member_opinion, 7, 3, 1, 1)

        self.label_reply_summary = QLabel(self.page_1)
        self.label_reply_summary.setObjectName(u"label_reply_summary")

        self.grid_1.addWidget(self.label_reply_summary, 8, 0, 1, 1, Qt.AlignTop)

        self.reply_summary = QPlainTextEdit(self.page_1)
        self.reply_summary.setObjectName(u"reply_summary")
        self.reply_summary.setTabChangesFocus(True)
        self.reply_summary.setMinimumSize(QSize(0, 56))

        self.grid_1.addWidget(self.reply_summary, 8, 1, 1, 3)

        self.err_reply_summary = FieldErrorLabel(self.page_1)
        self.err_reply_summary.setObjectName(u"err_reply_summary")

        self.grid_1.addWidget(self.err_reply_summary, 9, 1, 1, 3)

        self.concluded = QCheckBox(self.page_1)
        self.concluded.setObjectName(u"concluded")

        self.grid_1.addWidget(self.concluded, 10, 1, 1, 3)

        self.err_concluded = FieldErrorLabel(self.page_1)
        self.err_concluded.setObjectName(u"err_concluded")

        self.grid_1.addWidget(self.err_concluded, 11, 1, 1, 3)

        self.vspace_1_12 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_1.addItem(self.vspace_1_12, 12, 1, 1, 1)


        self.page_layout_1.addLayout(self.grid_1)

        self.tabs.addTab(self.page_1, "")

        self.main_layout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(ProposalForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_number.setBuddy(self.number)
        self.label_submitted_on.setBuddy(self.submitted_on)
        self.label_title.setBuddy(self.title)
        self.label_members.setBuddy(self.members)
        self.label_source.setBuddy(self.source)
        self.label_submitted_to.setBuddy(self.submitted_to)
        self.label_reason.setBuddy(self.reason)
        self.label_analysis.setBuddy(self.analysis)
        self.label_suggestion.setBuddy(self.suggestion)
        self.label_filing.setBuddy(self.filing)
        self.label_filing_no.setBuddy(self.filing_no)
        self.label_main_dept.setBuddy(self.main_dept)
        self.label_co_depts.setBuddy(self.co_depts)
        self.label_assigned_on.setBuddy(self.assigned_on)
        self.label_replied_on.setBuddy(self.replied_on)
        self.label_reply_class.setBuddy(self.reply_class)
        self.label_member_opinion.setBuddy(self.member_opinion)
        self.label_reply_summary.setBuddy(self.reply_summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number, self.submitted_on)
        QWidget.setTabOrder(self.submitted_on, self.title)
        QWidget.setTabOrder(self.title, self.members)
        QWidget.setTabOrder(self.members, self.source)
        QWidget.setTabOrder(self.source, self.submitted_to)
        QWidget.setTabOrder(self.submitted_to, self.is_key)
        QWidget.setTabOrder(self.is_key, self.reason)
        QWidget.setTabOrder(self.reason, self.analysis)
        QWidget.setTabOrder(self.analysis, self.suggestion)
        QWidget.setTabOrder(self.suggestion, self.filing)
        QWidget.setTabOrder(self.filing, self.filing_no)
        QWidget.setTabOrder(self.filing_no, self.main_dept)
        QWidget.setTabOrder(self.main_dept, self.co_depts)
        QWidget.setTabOrder(self.co_depts, self.assigned_on)
        QWidget.setTabOrder(self.assigned_on, self.replied_on)
        QWidget.setTabOrder(self.replied_on, self.reply_class)
        QWidget.setTabOrder(self.reply_class, self.member_opinion)
        QWidget.setTabOrder(self.member_opinion, self.reply_summary)
        QWidget.setTabOrder(self.reply_summary, self.concluded)

        self.retranslateUi(ProposalForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ProposalForm)
    # setupUi

    def retranslateUi(self, ProposalForm):
        ProposalForm.setWindowTitle(QCoreApplication.translate("ProposalForm", u"\u63d0\u6848", None))
        self.label_number.setText(QCoreApplication.translate("ProposalForm", u"\u63d0\u6848\u7f16\u53f7", None))
        self.number.setPlaceholderText(QCoreApplication.translate("ProposalForm", u"\u4fdd\u5b58\u65f6\u81ea\u52a8\u7f16\u53f7", None))
        self.label_submitted_on.setText(QCoreApplication.translate("ProposalForm", u"\u63d0\u4ea4\u65e5\u671f*", None))
        self.label_title.setText(QCoreApplication.translate("ProposalForm", u"\u63d0\u6848\u6807\u9898*", None))
        self.label_members.setText(QCoreApplication.translate("ProposalForm", u"\u63d0\u6848\u4eba*", None))
        self.label_source.setText(QCoreApplication.translate("ProposalForm", u"\u63d0\u6848\u6765\u6e90*", None))
        self.label_submitted_to.setText(QCoreApplication.translate("ProposalForm", u"\u63d0\u4ea4\u81f3*", None))
        self.is_key.setText(QCoreApplication.translate("ProposalForm", u"\u91cd\u70b9\u63d0\u6848", None))
        self.label_reason.setText(QCoreApplication.translate("ProposalForm", u"\u6848\u7531*", None))
        self.label_analysis.setText(QCoreApplication.translate("ProposalForm", u"\u60c5\u51b5\u5206\u6790", None))
        self.label_suggestion.setText(QCoreApplication.translate("ProposalForm", u"\u5177\u4f53\u5efa\u8bae*", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page_0), QCoreApplication.translate("ProposalForm", u"\u63d0\u6848", None))
        self.label_filing.setText(QCoreApplication.translate("ProposalForm", u"\u7acb\u6848\u60c5\u51b5*", None))
        self.label_filing_no.setText(QCoreApplication.translate("ProposalForm", u"\u7acb\u6848\u53f7", None))
        self.label_main_dept.setText(QCoreApplication.translate("ProposalForm", u"\u4e3b\u529e\u5355\u4f4d", None))
        self.label_co_depts.setText(QCoreApplication.translate("ProposalForm", u"\u4f1a\u529e\u5355\u4f4d", None))
        self.label_assigned_on.setText(QCoreApplication.translate("ProposalForm", u"\u4ea4\u529e\u65e5\u671f", None))
        self.label_replied_on.setText(QCoreApplication.translate("ProposalForm", u"\u7b54\u590d\u65e5\u671f", None))
        self.label_reply_class.setText(QCoreApplication.translate("ProposalForm", u"\u7b54\u590d\u7c7b\u522b", None))
        self.label_member_opinion.setText(QCoreApplication.translate("ProposalForm", u"\u59d4\u5458\u610f\u89c1", None))
        self.label_reply_summary.setText(QCoreApplication.translate("ProposalForm", u"\u7b54\u590d\u6458\u8981", None))
        self.concluded.setText(QCoreApplication.translate("ProposalForm", u"\u5df2\u529e\u7ed3", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page_1), QCoreApplication.translate("ProposalForm", u"\u7acb\u6848\u4e0e\u529e\u7406", None))
    # retranslateUi

