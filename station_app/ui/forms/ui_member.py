# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member.ui'
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

class Ui_MemberForm(object):
    def setupUi(self, MemberForm):
        if not MemberForm.objectName():
            MemberForm.setObjectName(u"MemberForm")
        MemberForm.resize(640, 480)
        self.main_layout = QVBoxLayout(MemberForm)
        self.main_layout.setObjectName(u"main_layout")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_name = QLabel(MemberForm)
        self.label_name.setObjectName(u"label_name")

        self.grid_0.addWidget(self.label_name, 0, 0, 1, 1)

        self.name = QLineEdit(MemberForm)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(50)

        self.grid_0.addWidget(self.name, 0, 1, 1, 1)

        self.err_name = FieldErrorLabel(MemberForm)
        self.err_name.setObjectName(u"err_name")

        self.grid_0.addWidget(self.err_name, 1, 1, 1, 1)

        self.label_gender = QLabel(MemberForm)
        self.label_gender.setObjectName(u"label_gender")

        self.grid_0.addWidget(self.label_gender, 0, 2, 1, 1)

        self.gender = LookupCombo(MemberForm)
        self.gender.setObjectName(u"gender")

        self.grid_0.addWidget(self.gender, 0, 3, 1, 1)

        self.err_gender = FieldErrorLabel(MemberForm)
        self.err_gender.setObjectName(u"err_gender")

        self.grid_0.addWidget(self.err_gender, 1, 3, 1, 1)

        self.label_ethnicity = QLabel(MemberForm)
        self.label_ethnicity.setObjectName(u"label_ethnicity")

        self.grid_0.addWidget(self.label_ethnicity, 2, 0, 1, 1)

        self.ethnicity = QLineEdit(MemberForm)
        self.ethnicity.setObjectName(u"ethnicity")
        self.ethnicity.setMaxLength(20)

        self.grid_0.addWidget(self.ethnicity, 2, 1, 1, 1)

        self.err_ethnicity = FieldErrorLabel(MemberForm)
        self.err_ethnicity.setObjectName(u"err_ethnicity")

        self.grid_0.addWidget(self.err_ethnicity, 3, 1, 1, 1)

        self.label_birth_month = QLabel(MemberForm)
        self.label_birth_month.setObjectName(u"label_birth_month")

        self.grid_0.addWidget(self.label_birth_month, 2, 2, 1, 1)

        self.birth_month = DateEdit(MemberForm)
        self.birth_month.setObjectName(u"birth_month")
        self.birth_month.setOptional(True)

        self.grid_0.addWidget(self.birth_month, 2, 3, 1, 1)

        self.err_birth_month = FieldErrorLabel(MemberForm)
        self.err_birth_month.setObjectName(u"err_birth_month")

        self.grid_0.addWidget(self.err_birth_month, 3, 3, 1, 1)

        self.label_sector = QLabel(MemberForm)
        self.label_sector.setObjectName(u"label_sector")

        self.grid_0.addWidget(self.label_sector, 4, 0, 1, 1)

        self.sector = LookupCombo(MemberForm)
        self.sector.setObjectName(u"sector")
        self.sector.setLookup(u"sector")

        self.grid_0.addWidget(self.sector, 4, 1, 1, 1)

        self.err_sector = FieldErrorLabel(MemberForm)
        self.err_sector.setObjectName(u"err_sector")

        self.grid_0.addWidget(self.err_sector, 5, 1, 1, 1)

        self.label_level = QLabel(MemberForm)
        self.label_level.setObjectName(u"label_level")

        self.grid_0.addWidget(self.label_level, 4, 2, 1, 1)

        self.level = LookupCombo(MemberForm)
        self.level.setObjectName(u"level")

        self.grid_0.addWidget(self.level, 4, 3, 1, 1)

        self.err_level = FieldErrorLabel(MemberForm)
        self.err_level.setObjectName(u"err_level")

        self.grid_0.addWidget(self.err_level, 5, 3, 1, 1)

        self.label_term = QLabel(MemberForm)
        self.label_term.setObjectName(u"label_term")

        self.grid_0.addWidget(self.label_term, 6, 0, 1, 1)

        self.term = QLineEdit(MemberForm)
        self.term.setObjectName(u"term")
        self.term.setMaxLength(20)

        self.grid_0.addWidget(self.term, 6, 1, 1, 1)

        self.err_term = FieldErrorLabel(MemberForm)
        self.err_term.setObjectName(u"err_term")

        self.grid_0.addWidget(self.err_term, 7, 1, 1, 1)

        self.label_party = QLabel(MemberForm)
        self.label_party.setObjectName(u"label_party")

        self.grid_0.addWidget(self.label_party, 6, 2, 1, 1)

        self.party = QLineEdit(MemberForm)
        self.party.setObjectName(u"party")
        self.party.setMaxLength(30)

        self.grid_0.addWidget(self.party, 6, 3, 1, 1)

        self.err_party = FieldErrorLabel(MemberForm)
        self.err_party.setObjectName(u"err_party")

        self.grid_0.addWidget(self.err_party, 7, 3, 1, 1)

        self.label_role = QLabel(MemberForm)
        self.label_role.setObjectName(u"label_role")

        self.grid_0.addWidget(self.label_role, 8, 0, 1, 1)

        self.role = LookupCombo(MemberForm)
        self.role.setObjectName(u"role")

        self.grid_0.addWidget(self.role, 8, 1, 1, 1)

        self.err_role = FieldErrorLabel(MemberForm)
        self.err_role.setObjectName(u"err_role")

        self.grid_0.addWidget(self.err_role, 9, 1, 1, 1)

        self.label_status = QLabel(MemberForm)
        self.label_status.setObjectName(u"label_status")

        self.grid_0.addWidget(self.label_status, 8, 2, 1, 1)

        self.status = LookupCombo(MemberForm)
        self.status.setObjectName(u"status")

        self.grid_0.addWidget(self.status, 8, 3, 1, 1)

        self.err_status = FieldErrorLabel(MemberForm)
        self.err_status.setObjectName(u"err_status")

        self.grid_0.addWidget(self.err_status, 9, 3, 1, 1)

        self.label_phone = QLabel(MemberForm)
        self.label_phone.setObjectName(u"label_phone")

        self.grid_0.addWidget(self.label_phone, 10, 0, 1, 1)

        self.phone = QLineEdit(MemberForm)
        self.phone.setObjectName(u"phone")

        self.grid_0.addWidget(self.phone, 10, 1, 1, 1)

        self.err_phone = FieldErrorLabel(MemberForm)
        self.err_phone.setObjectName(u"err_phone")

        self.grid_0.addWidget(self.err_phone, 11, 1, 1, 1)

        self.label_joined_on = QLabel(MemberForm)
        self.label_joined_on.setObjectName(u"label_joined_on")

        self.grid_0.addWidget(self.label_joined_on, 10, 2, 1, 1)

        self.joined_on = DateEdit(MemberForm)
        self.joined_on.setObjectName(u"joined_on")
        self.joined_on.setOptional(True)

        self.grid_0.addWidget(self.joined_on, 10, 3, 1, 1)

        self.err_joined_on = FieldErrorLabel(MemberForm)
        self.err_joined_on.setObjectName(u"err_joined_on")

        self.grid_0.addWidget(self.err_joined_on, 11, 3, 1, 1)

        self.label_employer = QLabel(MemberForm)
        self.label_employer.setObjectName(u"label_employer")

        self.grid_0.addWidget(self.label_employer, 12, 0, 1, 1)

        self.employer = QLineEdit(MemberForm)
        self.employer.setObjectName(u"employer")
        self.employer.setMaxLength(200)

        self.grid_0.addWidget(self.employer, 12, 1, 1, 3)

        self.err_employer = FieldErrorLabel(MemberForm)
        self.err_employer.setObjectName(u"err_employer")

        self.grid_0.addWidget(self.err_employer, 13, 1, 1, 3)

        self.label_expertise = QLabel(MemberForm)
        self.label_expertise.setObjectName(u"label_expertise")

        self.grid_0.addWidget(self.label_expertise, 14, 0, 1, 1)

        self.expertise = QLineEdit(MemberForm)
        self.expertise.setObjectName(u"expertise")
        self.expertise.setMaxLength(200)

        self.grid_0.addWidget(self.expertise, 14, 1, 1, 3)

        self.err_expertise = FieldErrorLabel(MemberForm)
        self.err_expertise.setObjectName(u"err_expertise")

        self.grid_0.addWidget(self.err_expertise, 15, 1, 1, 3)

        self.label_note = QLabel(MemberForm)
        self.label_note.setObjectName(u"label_note")

        self.grid_0.addWidget(self.label_note, 16, 0, 1, 1, Qt.AlignTop)

        self.note = QPlainTextEdit(MemberForm)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.note, 16, 1, 1, 3)

        self.err_note = FieldErrorLabel(MemberForm)
        self.err_note.setObjectName(u"err_note")

        self.grid_0.addWidget(self.err_note, 17, 1, 1, 3)

        self.vspace_15 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_15, 18, 1, 1, 1)


        self.main_layout.addLayout(self.grid_0)

        self.buttonBox = QDialogButtonBox(MemberForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_name.setBuddy(self.name)
        self.label_gender.setBuddy(self.gender)
        self.label_ethnicity.setBuddy(self.ethnicity)
        self.label_birth_month.setBuddy(self.birth_month)
        self.label_sector.setBuddy(self.sector)
        self.label_level.setBuddy(self.level)
        self.label_term.setBuddy(self.term)
        self.label_party.setBuddy(self.party)
        self.label_role.setBuddy(self.role)
        self.label_status.setBuddy(self.status)
        self.label_phone.setBuddy(self.phone)
        self.label_joined_on.setBuddy(self.joined_on)
        self.label_employer.setBuddy(self.employer)
        self.label_expertise.setBuddy(self.expertise)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.gender)
        QWidget.setTabOrder(self.gender, self.ethnicity)
        QWidget.setTabOrder(self.ethnicity, self.birth_month)
        QWidget.setTabOrder(self.birth_month, self.sector)
        QWidget.setTabOrder(self.sector, self.level)
        QWidget.setTabOrder(self.level, self.term)
        QWidget.setTabOrder(self.term, self.party)
        QWidget.setTabOrder(self.party, self.role)
        QWidget.setTabOrder(self.role, self.status)
        QWidget.setTabOrder(self.status, self.phone)
        QWidget.setTabOrder(self.phone, self.joined_on)
        QWidget.setTabOrder(self.joined_on, self.employer)
        QWidget.setTabOrder(self.employer, self.expertise)
        QWidget.setTabOrder(self.expertise, self.note)

        self.retranslateUi(MemberForm)

        QMetaObject.connectSlotsByName(MemberForm)
    # setupUi

    def retranslateUi(self, MemberForm):
        MemberForm.setWindowTitle(QCoreApplication.translate("MemberForm", u"\u59d4\u5458", None))
        self.label_name.setText(QCoreApplication.translate("MemberForm", u"\u59d3\u540d*", None))
        self.label_gender.setText(QCoreApplication.translate("MemberForm", u"\u6027\u522b", None))
        self.label_ethnicity.setText(QCoreApplication.translate("MemberForm", u"\u6c11\u65cf", None))
        self.label_birth_month.setText(QCoreApplication.translate("MemberForm", u"\u51fa\u751f\u5e74\u6708", None))
        self.label_sector.setText(QCoreApplication.translate("MemberForm", u"\u754c\u522b*", None))
        self.label_level.setText(QCoreApplication.translate("MemberForm", u"\u59d4\u5458\u5c42\u7ea7", None))
        self.label_term.setText(QCoreApplication.translate("MemberForm", u"\u5c4a\u6b21", None))
        self.label_party.setText(QCoreApplication.translate("MemberForm", u"\u515a\u6d3e", None))
        self.label_role.setText(QCoreApplication.translate("MemberForm", u"\u89d2\u8272", None))
        self.label_status.setText(QCoreApplication.translate("MemberForm", u"\u72b6\u6001", None))
        self.label_phone.setText(QCoreApplication.translate("MemberForm", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("MemberForm", u"\u624b\u673a\u6216\u56fa\u5b9a\u7535\u8bdd", None))
        self.label_joined_on.setText(QCoreApplication.translate("MemberForm", u"\u5165\u5ba4\u65e5\u671f", None))
        self.label_employer.setText(QCoreApplication.translate("MemberForm", u"\u5de5\u4f5c\u5355\u4f4d\u53ca\u804c\u52a1", None))
        self.label_expertise.setText(QCoreApplication.translate("MemberForm", u"\u4e13\u4e1a\u7279\u957f", None))
        self.label_note.setText(QCoreApplication.translate("MemberForm", u"\u5907\u6ce8", None))
    # retranslateUi

