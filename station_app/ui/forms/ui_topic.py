# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'topic.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.department_combo import DepartmentCombo
from station_app.ui.widgets.field_error import FieldErrorLabel
from station_app.ui.widgets.lookup_combo import LookupCombo
from station_app.ui.widgets.member_picker import MemberPicker

class Ui_TopicForm(object):
    def setupUi(self, TopicForm):
        if not TopicForm.objectName():
            TopicForm.setObjectName(u"TopicForm")
        TopicForm.resize(640, 480)
        self.main_layout = QVBoxLayout(TopicForm)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(TopicForm)
        self.tabs.setObjectName(u"tabs")
        self.page_0 = QWidget()
        self.page_0.setObjectName(u"page_0")
        self.page_layout_0 = QVBoxLayout(self.page_0)
        self.page_layout_0.setObjectName(u"page_layout_0")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_code = QLabel(self.page_0)
        self.label_code.setObjectName(u"label_code")

        self.grid_0.addWidget(self.label_code, 0, 0, 1, 1)

        self.code = QLineEdit(self.page_0)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(30)

        self.grid_0.addWidget(self.code, 0, 1, 1, 1)

        self.err_code = FieldErrorLabel(self.page_0)
        self.err_code.setObjectName(u"err_code")

        self.grid_0.addWidget(self.err_code, 1, 1, 1, 1)

        self.label_proposed_on = QLabel(self.page_0)
        self.label_proposed_on.setObjectName(u"label_proposed_on")

        self.grid_0.addWidget(self.label_proposed_on, 0, 2, 1, 1)

        self.proposed_on = DateEdit(self.page_0)
        self.proposed_on.setObjectName(u"proposed_on")

        self.grid_0.addWidget(self.proposed_on, 0, 3, 1, 1)

        self.err_proposed_on = FieldErrorLabel(self.page_0)
        self.err_proposed_on.setObjectName(u"err_proposed_on")

        self.grid_0.addWidget(self.err_proposed_on, 1, 3, 1, 1)

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

        self.label_source = QLabel(self.page_0)
        self.label_source.setObjectName(u"label_source")

        self.grid_0.addWidget(self.label_source, 4, 0, 1, 1)

        self.source = LookupCombo(self.page_0)
        self.source.setObjectName(u"source")
        self.source.setLookup(u"topic_source")

        self.grid_0.addWidget(self.source, 4, 1, 1, 1)

        self.err_source = FieldErrorLabel(self.page_0)
        self.err_source.setObjectName(u"err_source")

        self.grid_0.addWidget(self.err_source, 5, 1, 1, 1)

        self.label_proposer = QLabel(self.page_0)
        self.label_proposer.setObjectName(u"label_proposer")

        self.grid_0.addWidget(self.label_proposer, 4, 2, 1, 1)

        self.proposer = QLineEdit(self.page_0)
        self.proposer.setObjectName(u"proposer")
        self.proposer.setMaxLength(100)

        self.grid_0.addWidget(self.proposer, 4, 3, 1, 1)

        self.err_proposer = FieldErrorLabel(self.page_0)
        self.err_proposer.setObjectName(u"err_proposer")

        self.grid_0.addWidget(self.err_proposer, 5, 3, 1, 1)

        self.label_description = QLabel(self.page_0)
        self.label_description.setObjectName(u"label_description")

        self.grid_0.addWidget(self.label_description, 6, 0, 1, 1, Qt.AlignTop)

        self.description = QPlainTextEdit(self.page_0)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.description, 6, 1, 1, 3)

        self.err_description = FieldErrorLabel(self.page_0)
        self.err_description.setObjectName(u"err_description")

        self.grid_0.addWidget(self.err_description, 7, 1, 1, 3)

        self.vspace_6 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_6, 8, 1, 1, 1)


        self.page_layout_0.addLayout(self.grid_0)

        self.tabs.addTab(self.page_0, "")
        self.page_1 = QWidget()
        self.page_1.setObjectName(u"page_1")
        self.page_layout_1 = QVBoxLayout(self.page_1)
        self.page_layout_1.setObjectName(u"page_layout_1")
        self.grid_6 = QGridLayout()
        self.grid_6.setObjectName(u"grid_6")
        self.grid_6.setHorizontalSpacing(10)
        self.label_suggestions_count = QLabel(self.page_1)
        self.label_suggestions_count.setObjectName(u"label_suggestions_count")

        self.grid_6.addWidget(self.label_suggestions_count, 0, 0, 1, 1)

        self.suggestions_count = QSpinBox(self.page_1)
        self.suggestions_count.setObjectName(u"suggestions_count")
        self.suggestions_count.setMaximum(1000000)

        self.grid_6.addWidget(self.suggestions_count, 0, 1, 1, 1)

        self.err_suggestions_count = FieldErrorLabel(self.page_1)
        self.err_suggestions_count.setObjectName(u"err_suggestions_count")

        self.grid_6.addWidget(self.err_suggestions_count, 1, 1, 1, 1)

        self.label_grade = QLabel(self.page_1)
        self.label_grade.setObjectName(u"label_grade")

        self.grid_6.addWidget(self.label_grade, 0, 2, 1, 1)

        self.grade = LookupCombo(self.page_1)
        self.grade.setObjectName(u"grade")

        self.grid_6.addWidget(self.grade, 0, 3, 1, 1)

        self.err_grade = FieldErrorLabel(self.page_1)
        self.err_grade.setObjectName(u"err_grade")

        self.grid_6.addWidget(self.err_grade, 1, 3, 1, 1)

        self.label_undertaker = QLabel(self.page_1)
        self.label_undertaker.setObjectName(u"label_undertaker")

        self.grid_6.addWidget(self.label_undertaker, 2, 0, 1, 1)

        self.undertaker = DepartmentCombo(self.page_1)
        self.undertaker.setObjectName(u"undertaker")

        self.grid_6.addWidget(self.undertaker, 2, 1, 1, 1)

        self.err_undertaker = FieldErrorLabel(self.page_1)
        self.err_undertaker.setObjectName(u"err_undertaker")

        self.grid_6.addWidget(self.err_undertaker, 3, 1, 1, 1)

        self.label_feedback_on = QLabel(self.page_1)
        self.label_feedback_on.setObjectName(u"label_feedback_on")

        self.grid_6.addWidget(self.label_feedback_on, 2, 2, 1, 1)

        self.feedback_on = DateEdit(self.page_1)
        self.feedback_on.setObjectName(u"feedback_on")
        self.feedback_on.setOptional(True)

        self.grid_6.addWidget(self.feedback_on, 2, 3, 1, 1)

        self.err_feedback_on = FieldErrorLabel(self.page_1)
        self.err_feedback_on.setObjectName(u"err_feedback_on")

        self.grid_6.addWidget(self.err_feedback_on, 3, 3, 1, 1)

        self.converted = QCheckBox(self.page_1)
        self.converted.setObjectName(u"converted")

        self.grid_6.addWidget(self.converted, 4, 1, 1, 3)

        self.err_converted = FieldErrorLabel(self.page_1)
        self.err_converted.setObjectName(u"err_converted")

        self.grid_6.addWidget(self.err_converted, 5, 1, 1, 3)

        self.label_handling_result = QLabel(self.page_1)
        self.label_handling_result.setObjectName(u"label_handling_result")

        self.grid_6.addWidget(self.label_handling_result, 6, 0, 1, 1, Qt.AlignTop)

        self.handling_result = QPlainTextEdit(self.page_1)
        self.handling_result.setObjectName(u"handling_result")
        self.handling_result.setTabChangesFocus(True)
        self.handling_result.setMinimumSize(QSize(0, 56))

        self.grid_6.addWidget(self.handling_result, 6, 1, 1, 3)

        self.err_handling_result = FieldErrorLabel(self.page_1)
        self.err_handling_result.setObjectName(u"err_handling_result")

        self.grid_6.addWidget(self.err_handling_result, 7, 1, 1, 3)

        self.label_publicity = QLabel(self.page_1)
        self.label_publicity.setObjectName(u"label_publicity")

        self.grid_6.addWidget(self.label_publicity, 8, 0, 1, 1, Qt.AlignTop)

        self.publicity = QPlainTextEdit(self.page_1)
        self.publicity.setObjectName(u"publicity")
        self.publicity.setTabChangesFocus(True)
        self.publicity.setMinimumSize(QSize(0, 56))

        self.grid_6.addWidget(self.publicity, 8, 1, 1, 3)

        self.err_publicity = FieldErrorLabel(self.page_1)
        self.err_publicity.setObjectName(u"err_publicity")

        self.grid_6.addWidget(self.err_publicity, 9, 1, 1, 3)

        self.vspace_13 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_6.addItem(self.vspace_13, 10, 1, 1, 1)


        self.page_layout_1.addLayout(self.grid_6)

        self.tabs.addTab(self.page_1, "")

        self.main_layout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(TopicForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_code.setBuddy(self.code)
        self.label_proposed_on.setBuddy(self.proposed_on)
        self.label_title.setBuddy(self.title)
        self.label_source.setBuddy(self.source)
        self.label_proposer.setBuddy(self.proposer)
        self.label_description.setBuddy(self.description)
        self.label_suggestions_count.setBuddy(self.suggestions_count)
        self.label_grade.setBuddy(self.grade)
        self.label_undertaker.setBuddy(self.undertaker)
        self.label_feedback_on.setBuddy(self.feedback_on)
        self.label_handling_result.setBuddy(self.handling_result)
        self.label_publicity.setBuddy(self.publicity)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code, self.proposed_on)
        QWidget.setTabOrder(self.proposed_on, self.title)
        QWidget.setTabOrder(self.title, self.source)
        QWidget.setTabOrder(self.source, self.proposer)
        QWidget.setTabOrder(self.proposer, self.description)
        QWidget.setTabOrder(self.description, self.suggestions_count)
        QWidget.setTabOrder(self.suggestions_count, self.grade)
        QWidget.setTabOrder(self.grade, self.undertaker)
        QWidget.setTabOrder(self.undertaker, self.feedback_on)
        QWidget.setTabOrder(self.feedback_on, self.converted)
        QWidget.setTabOrder(self.converted, self.handling_result)
        QWidget.setTabOrder(self.handling_result, self.publicity)

        self.retranslateUi(TopicForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TopicForm)
    # setupUi

    def retranslateUi(self, TopicForm):
        TopicForm.setWindowTitle(QCoreApplication.translate("TopicForm", u"\u534f\u5546\u8bae\u9898", None))
        self.label_code.setText(QCoreApplication.translate("TopicForm", u"\u8bae\u9898\u7f16\u53f7", None))
        self.label_proposed_on.setText(QCoreApplication.translate("TopicForm", u"\u63d0\u51fa\u65e5\u671f*", None))
        self.label_title.setText(QCoreApplication.translate("TopicForm", u"\u8bae\u9898\u540d\u79f0*", None))
        self.label_source.setText(QCoreApplication.translate("TopicForm", u"\u6765\u6e90", None))
        self.label_proposer.setText(QCoreApplication.translate("TopicForm", u"\u63d0\u51fa\u4eba", None))
        self.label_description.setText(QCoreApplication.translate("TopicForm", u"\u8bae\u9898\u8bf4\u660e", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page_0), QCoreApplication.translate("TopicForm", u"\u8bae\u9898", None))
        self.label_suggestions_count.setText(QCoreApplication.translate("TopicForm", u"\u5efa\u8bae\u6761\u6570", None))
        self.label_grade.setText(QCoreApplication.translate("TopicForm", u"\u6210\u679c\u5206\u7c7b", None))
        self.label_undertaker.setText(QCoreApplication.translate("TopicForm", u"\u627f\u529e\u5355\u4f4d", None))
        self.label_feedback_on.setText(QCoreApplication.translate("TopicForm", u"\u53cd\u9988\u65e5\u671f", None))
        self.converted.setText(QCoreApplication.translate("TopicForm", u"\u662f\u5426\u8f6c\u5316", None))
        self.label_handling_result.setText(QCoreApplication.translate("TopicForm", u"\u529e\u7406\u7ed3\u679c", None))
        self.label_publicity.setText(QCoreApplication.translate("TopicForm", u"\u516c\u793a\u60c5\u51b5", None))
        self.tabs.setTabText(self.tabs.indexOf(self.page_1), QCoreApplication.translate("TopicForm", u"\u6210\u679c\u4e0e\u53cd\u9988", None))
    # retranslateUi

