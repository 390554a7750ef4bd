# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'opinion.ui'
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
from station_app.ui.widgets.department_combo import DepartmentCombo
from station_app.ui.widgets.field_error import FieldErrorLabel
from station_app.ui.widgets.lookup_combo import LookupCombo
from station_app.ui.widgets.member_picker import MemberPicker

class Ui_OpinionForm(object):
    def setupUi(self, OpinionForm):
        if not OpinionForm.objectName():
            OpinionForm.setObjectName(u"OpinionForm")
        OpinionForm.resize(640, 480)
        self.main_layout = QVBoxLayout(OpinionForm)
        self.main_layout.setObjectName(u"main_layout")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_title = QLabel(OpinionForm)
        self.label_title.setObjectName(u"label_title")

        self.grid_0.addWidget(self.label_title, 0, 0, 1, 1)

        self.title = QLineEdit(OpinionForm)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.grid_0.addWidget(self.title, 0, 1, 1, 3)

        self.err_title = FieldErrorLabel(OpinionForm)
        self.err_title.setObjectName(u"err_title")

        self.grid_0.addWidget(self.err_title, 1, 1, 1, 3)

        self.label_reporter = QLabel(OpinionForm)
        self.label_reporter.setObjectName(u"label_reporter")

        self.grid_0.addWidget(self.label_reporter, 2, 0, 1, 1)

        self.reporter = QLineEdit(OpinionForm)
        self.reporter.setObjectName(u"reporter")
        self.reporter.setMaxLength(50)

        self.grid_0.addWidget(self.reporter, 2, 1, 1, 1)

        self.err_reporter = FieldErrorLabel(OpinionForm)
        self.err_reporter.setObjectName(u"err_reporter")

        self.grid_0.addWidget(self.err_reporter, 3, 1, 1, 1)

        self.label_reporter_unit = QLabel(OpinionForm)
        self.label_reporter_unit.setObjectName(u"label_reporter_unit")

        self.grid_0.addWidget(self.label_reporter_unit, 2, 2, 1, 1)

        self.reporter_unit = QLineEdit(OpinionForm)
        self.reporter_unit.setObjectName(u"reporter_unit")
        self.reporter_unit.setMaxLength(100)

        self.grid_0.addWidget(self.reporter_unit, 2, 3, 1, 1)

        self.err_reporter_unit = FieldErrorLabel(OpinionForm)
        self.err_reporter_unit.setObjectName(u"err_reporter_unit")

        self.grid_0.addWidget(self.err_reporter_unit, 3, 3, 1, 1)

        self.label_submitted_on = QLabel(OpinionForm)
        self.label_submitted_on.setObjectName(u"label_submitted_on")

        self.grid_0.addWidget(self.label_submitted_on, 4, 0, 1, 1)

        self.submitted_on = DateEdit(OpinionForm)
        self.submitted_on.setObjectName(u"submitted_on")
        self.submitted_on.setOptional(True)

        self.grid_0.addWidget(self.submitted_on, 4, 1, 1, 1)

        self.err_submitted_on = FieldErrorLabel(OpinionForm)
        self.err_submitted_on.setObjectName(u"err_submitted_on")

        self.grid_0.addWidget(self.err_submitted_on, 5, 1, 1, 1)

        self.label_submitted_to = QLabel(OpinionForm)
        self.label_submitted_to.setObjectName(u"label_submitted_to")

        self.grid_0.addWidget(self.label_submitted_to, 4, 2, 1, 1)

        self.submitted_to = QLineEdit(OpinionForm)
        self.submitted_to.setObjectName(u"submitted_to")
        self.submitted_to.setMaxLength(100)

        self.grid_0.addWidget(self.submitted_to, 4, 3, 1, 1)

        self.err_submitted_to = FieldErrorLabel(OpinionForm)
        self.err_submitted_to.setObjectName(u"err_submitted_to")

        self.grid_0.addWidget(self.err_submitted_to, 5, 3, 1, 1)

        self.label_adoption = QLabel(OpinionForm)
        self.label_adoption.setObjectName(u"label_adoption")

        self.grid_0.addWidget(self.label_adoption, 6, 0, 1, 1)

        self.adoption = LookupCombo(OpinionForm)
        self.adoption.setObjectName(u"adoption")
        self.adoption.setLookup(u"opinion_adoption")

        self.grid_0.addWidget(self.adoption, 6, 1, 1, 3)

        self.err_adoption = FieldErrorLabel(OpinionForm)
        self.err_adoption.setObjectName(u"err_adoption")

        self.grid_0.addWidget(self.err_adoption, 7, 1, 1, 3)

        self.label_situation = QLabel(OpinionForm)
        self.label_situation.setObjectName(u"label_situation")

        self.grid_0.addWidget(self.label_situation, 8, 0, 1, 1, Qt.AlignTop)

        self.situation = QPlainTextEdit(OpinionForm)
        self.situation.setObjectName(u"situation")
        self.situation.setTabChangesFocus(True)
        self.situation.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.situation, 8, 1, 1, 3)

        self.err_situation = FieldErrorLabel(OpinionForm)
        self.err_situation.setObjectName(u"err_situation")

        self.grid_0.addWidget(self.err_situation, 9, 1, 1, 3)

        self.label_analysis = QLabel(OpinionForm)
        self.label_analysis.setObjectName(u"label_analysis")

        self.grid_0.addWidget(self.label_analysis, 10, 0, 1, 1, Qt.AlignTop)

        self.analysis = QPlainTextEdit(OpinionForm)
        self.analysis.setObjectName(u"analysis")
        self.analysis.setTabChangesFocus(True)
        self.analysis.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.analysis, 10, 1, 1, 3)

        self.err_analysis = FieldErrorLabel(OpinionForm)
        self.err_analysis.setObjectName(u"err_analysis")

        self.grid_0.addWidget(self.err_analysis, 11, 1, 1, 3)

        self.label_suggestion = QLabel(OpinionForm)
        self.label_suggestion.setObjectName(u"label_suggestion")

        self.grid_0.addWidget(self.label_suggestion, 12, 0, 1, 1, Qt.AlignTop)

        self.suggestion = QPlainTextEdit(OpinionForm)
        self.suggestion.setObjectName(u"suggestion")
        self.suggestion.setTabChangesFocus(True)
        self.suggestion.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.suggestion, 12, 1, 1, 3)

        self.err_suggestion = FieldErrorLabel(OpinionForm)
        self.err_suggestion.setObjectName(u"err_suggestion")

        self.grid_0.addWidget(self.err_suggestion, 13, 1, 1, 3)

        self.label_instruction = QLabel(OpinionForm)
        self.label_instruction.setObjectName(u"label_instruction")

        self.grid_0.addWidget(self.label_instruction, 14, 0, 1, 1, Qt.AlignTop)

        self.instruction = QPlainTextEdit(OpinionForm)
        self.instruction.setObjectName(u"instruction")
        self.instruction.setTabChangesFocus(True)
        self.instruction.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.instruction, 14, 1, 1, 3)

        self.err_instruction = FieldErrorLabel(OpinionForm)
        self.err_instruction.setObjectName(u"err_instruction")

        self.grid_0.addWidget(self.err_instruction, 15, 1, 1, 3)

        self.label_instruction_unit = QLabel(OpinionForm)
        self.label_instruction_unit.setObjectName(u"label_instruction_unit")

        self.grid_0.addWidget(self.label_instruction_unit, 16, 0, 1, 1)

        self.instruction_unit = DepartmentCombo(OpinionForm)
        self.instruction_unit.setObjectName(u"instruction_unit")

        self.grid_0.addWidget(self.instruction_unit, 16, 1, 1, 3)

        self.err_instruction_unit = FieldErrorLabel(OpinionForm)
        self.err_instruction_unit.setObjectName(u"err_instruction_unit")

        self.grid_0.addWidget(self.err_instruction_unit, 17, 1, 1, 3)

        self.vspace_10 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_10, 18, 1, 1, 1)


        self.main_layout.addLayout(self.grid_0)

        self.buttonBox = QDialogButtonBox(OpinionForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_title.setBuddy(self.title)
        self.label_reporter.setBuddy(self.reporter)
        self.label_reporter_unit.setBuddy(self.reporter_unit)
        self.label_submitted_on.setBuddy(self.submitted_on)
        self.label_submitted_to.setBuddy(self.submitted_to)
        self.label_adoption.setBuddy(self.adoption)
        self.label_situation.setBuddy(self.situation)
        self.label_analysis.setBuddy(self.analysis)
        self.label_suggestion.setBuddy(self.suggestion)
        self.label_instruction.setBuddy(self.instruction)
        self.label_instruction_unit.setBuddy(self.instruction_unit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.reporter)
        QWidget.setTabOrder(self.reporter, self.reporter_unit)
        QWidget.setTabOrder(self.reporter_unit, self.submitted_on)
        QWidget.setTabOrder(self.submitted_on, self.submitted_to)
        QWidget.setTabOrder(self.submitted_to, self.adoption)
        QWidget.setTabOrder(self.adoption, self.situation)
        QWidget.setTabOrder(self.situation, self.analysis)
        QWidget.setTabOrder(self.analysis, self.suggestion)
        QWidget.setTabOrder(self.suggestion, self.instruction)
        QWidget.setTabOrder(self.instruction, self.instruction_unit)

        self.retranslateUi(OpinionForm)

        QMetaObject.connectSlotsByName(OpinionForm)
    # setupUi

    def retranslateUi(self, OpinionForm):
        OpinionForm.setWindowTitle(QCoreApplication.translate("OpinionForm", u"\u793e\u60c5\u6c11\u610f\u4fe1\u606f", None))
        self.label_title.setText(QCoreApplication.translate("OpinionForm", u"\u6807\u9898*", None))
        self.label_reporter.setText(QCoreApplication.translate("OpinionForm", u"\u53cd\u6620\u4eba", None))
        self.label_reporter_unit.setText(QCoreApplication.translate("OpinionForm", u"\u53cd\u6620\u4eba\u5355\u4f4d", None))
        self.label_submitted_on.setText(QCoreApplication.translate("OpinionForm", u"\u62a5\u9001\u65e5\u671f", None))
        self.label_submitted_to.setText(QCoreApplication.translate("OpinionForm", u"\u62a5\u9001\u5355\u4f4d", None))
        self.label_adoption.setText(QCoreApplication.translate("OpinionForm", u"\u91c7\u7528\u60c5\u51b5", None))
        self.label_situation.setText(QCoreApplication.translate("OpinionForm", u"\u60c5\u51b5\u95ee\u9898", None))
        self.label_analysis.setText(QCoreApplication.translate("OpinionForm", u"\u539f\u56e0\u5206\u6790", None))
        self.label_suggestion.setText(QCoreApplication.translate("OpinionForm", u"\u610f\u89c1\u5efa\u8bae", None))
        self.label_instruction.setText(QCoreApplication.translate("OpinionForm", u"\u9886\u5bfc\u6279\u793a", None))
        self.label_instruction_unit.setText(QCoreApplication.translate("OpinionForm", u"\u6279\u793a\u4ea4\u529e\u5355\u4f4d", None))
    # retranslateUi

