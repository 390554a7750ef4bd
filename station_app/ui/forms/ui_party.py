# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party.ui'
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
    QVBoxLayout, QWidget)

from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.field_error import FieldErrorLabel
from station_app.ui.widgets.lookup_combo import LookupCombo
from station_app.ui.widgets.member_picker import MemberPicker

class Ui_PartyForm(object):
    def setupUi(self, PartyForm):
        if not PartyForm.objectName():
            PartyForm.setObjectName(u"PartyForm")
        PartyForm.resize(640, 480)
        self.main_layout = QVBoxLayout(PartyForm)
        self.main_layout.setObjectName(u"main_layout")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_role = QLabel(PartyForm)
        self.label_role.setObjectName(u"label_role")

        self.grid_0.addWidget(self.label_role, 0, 0, 1, 1)

        self.role = LookupCombo(PartyForm)
        self.role.setObjectName(u"role")

        self.grid_0.addWidget(self.role, 0, 1, 1, 1)

        self.err_role = FieldErrorLabel(PartyForm)
        self.err_role.setObjectName(u"err_role")

        self.grid_0.addWidget(self.err_role, 1, 1, 1, 1)

        self.is_org = QCheckBox(PartyForm)
        self.is_org.setObjectName(u"is_org")

        self.grid_0.addWidget(self.is_org, 0, 3, 1, 1)

        self.err_is_org = FieldErrorLabel(PartyForm)
        self.err_is_org.setObjectName(u"err_is_org")

        self.grid_0.addWidget(self.err_is_org, 1, 3, 1, 1)

        self.label_name = QLabel(PartyForm)
        self.label_name.setObjectName(u"label_name")

        self.grid_0.addWidget(self.label_name, 2, 0, 1, 1)

        self.name = QLineEdit(PartyForm)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)

        self.grid_0.addWidget(self.name, 2, 1, 1, 1)

        self.err_name = FieldErrorLabel(PartyForm)
        self.err_name.setObjectName(u"err_name")

        self.grid_0.addWidget(self.err_name, 3, 1, 1, 1)

        self.label_gender = QLabel(PartyForm)
        self.label_gender.setObjectName(u"label_gender")

        self.grid_0.addWidget(self.label_gender, 2, 2, 1, 1)

        self.gender = LookupCombo(PartyForm)
        self.gender.setObjectName(u"gender")

        self.grid_0.addWidget(self.gender, 2, 3, 1, 1)

        self.err_gender = FieldErrorLabel(PartyForm)
        self.err_gender.setObjectName(u"err_gender")

        self.grid_0.addWidget(self.err_gender, 3, 3, 1, 1)

        self.label_age = QLabel(PartyForm)
        self.label_age.setObjectName(u"label_age")

        self.grid_0.addWidget(self.label_age, 4, 0, 1, 1)

        self.age = QSpinBox(PartyForm)
        self.age.setObjectName(u"age")
        self.age.setMaximum(1000000)

        self.grid_0.addWidget(self.age, 4, 1, 1, 1)

        self.err_age = FieldErrorLabel(PartyForm)
        self.err_age.setObjectName(u"err_age")

        self.grid_0.addWidget(self.err_age, 5, 1, 1, 1)

        self.label_ethnicity = QLabel(PartyForm)
        self.label_ethnicity.setObjectName(u"label_ethnicity")

        self.grid_0.addWidget(self.label_ethnicity, 4, 2, 1, 1)

        self.ethnicity = QLineEdit(PartyForm)
        self.ethnicity.setObjectName(u"ethnicity")
        self.ethnicity.setMaxLength(20)

        self.grid_0.addWidget(self.ethnicity, 4, 3, 1, 1)

        self.err_ethnicity = FieldErrorLabel(PartyForm)
        self.err_ethnicity.setObjectName(u"err_ethnicity")

        self.grid_0.addWidget(self.err_ethnicity, 5, 3, 1, 1)

        self.label_id_number = QLabel(PartyForm)
        self.label_id_number.setObjectName(u"label_id_number")

        self.grid_0.addWidget(self.label_id_number, 6, 0, 1, 1)

        self.id_number = QLineEdit(PartyForm)
        self.id_number.setObjectName(u"id_number")

        self.grid_0.addWidget(self.id_number, 6, 1, 1, 1)

        self.err_id_number = FieldErrorLabel(PartyForm)
        self.err_id_number.setObjectName(u"err_id_number")

        self.grid_0.addWidget(self.err_id_number, 7, 1, 1, 1)

        self.label_phone = QLabel(PartyForm)
        self.label_phone.setObjectName(u"label_phone")

        self.grid_0.addWidget(self.label_phone, 6, 2, 1, 1)

        self.phone = QLineEdit(PartyForm)
        self.phone.setObjectName(u"phone")

        self.grid_0.addWidget(self.phone, 6, 3, 1, 1)

        self.err_phone = FieldErrorLabel(PartyForm)
        self.err_phone.setObjectName(u"err_phone")

        self.grid_0.addWidget(self.err_phone, 7, 3, 1, 1)

        self.label_address = QLabel(PartyForm)
        self.label_address.setObjectName(u"label_address")

        self.grid_0.addWidget(self.label_address, 8, 0, 1, 1)

        self.address = QLineEdit(PartyForm)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)

        self.grid_0.addWidget(self.address, 8, 1, 1, 3)

        self.err_address = FieldErrorLabel(PartyForm)
        self.err_address.setObjectName(u"err_address")

        self.grid_0.addWidget(self.err_address, 9, 1, 1, 3)

        self.label_occupation = QLabel(PartyForm)
        self.label_occupation.setObjectName(u"label_occupation")

        self.grid_0.addWidget(self.label_occupation, 10, 0, 1, 1)

        self.occupation = QLineEdit(PartyForm)
        self.occupation.setObjectName(u"occupation")
        self.occupation.setMaxLength(60)

        self.grid_0.addWidget(self.occupation, 10, 1, 1, 1)

        self.err_occupation = FieldErrorLabel(PartyForm)
        self.err_occupation.setObjectName(u"err_occupation")

        self.grid_0.addWidget(self.err_occupation, 11, 1, 1, 1)

        self.label_legal_rep = QLabel(PartyForm)
        self.label_legal_rep.setObjectName(u"label_legal_rep")

        self.grid_0.addWidget(self.label_legal_rep, 10, 2, 1, 1)

        self.legal_rep = QLineEdit(PartyForm)
        self.legal_rep.setObjectName(u"legal_rep")
        self.legal_rep.setMaxLength(50)

        self.grid_0.addWidget(self.legal_rep, 10, 3, 1, 1)

        self.err_legal_rep = FieldErrorLabel(PartyForm)
        self.err_legal_rep.setObjectName(u"err_legal_rep")

        self.grid_0.addWidget(self.err_legal_rep, 11, 3, 1, 1)

        self.label_credit_code = QLabel(PartyForm)
        self.label_credit_code.setObjectName(u"label_credit_code")

        self.grid_0.addWidget(self.label_credit_code, 12, 0, 1, 1)

        self.credit_code = QLineEdit(PartyForm)
        self.credit_code.setObjectName(u"credit_code")
        self.credit_code.setMaxLength(18)

        self.grid_0.addWidget(self.credit_code, 12, 1, 1, 3)

        self.err_credit_code = FieldErrorLabel(PartyForm)
        self.err_credit_code.setObjectName(u"err_credit_code")

        self.grid_0.addWidget(self.err_credit_code, 13, 1, 1, 3)

        self.label_statement = QLabel(PartyForm)
        self.label_statement.setObjectName(u"label_statement")

        self.grid_0.addWidget(self.label_statement, 14, 0, 1, 1, Qt.AlignTop)

        self.statement = QPlainTextEdit(PartyForm)
        self.statement.setObjectName(u"statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.statement, 14, 1, 1, 3)

        self.err_statement = FieldErrorLabel(PartyForm)
        self.err_statement.setObjectName(u"err_statement")

        self.grid_0.addWidget(self.err_statement, 15, 1, 1, 3)

        self.vspace_10 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_10, 16, 1, 1, 1)


        self.main_layout.addLayout(self.grid_0)

        self.buttonBox = QDialogButtonBox(PartyForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_role.setBuddy(self.role)
        self.label_name.setBuddy(self.name)
        self.label_gender.setBuddy(self.gender)
        self.label_age.setBuddy(self.age)
        self.label_ethnicity.setBuddy(self.ethnicity)
        self.label_id_number.setBuddy(self.id_number)
        self.label_phone.setBuddy(self.phone)
        self.label_address.setBuddy(self.address)
        self.label_occupation.setBuddy(self.occupation)
        self.label_legal_rep.setBuddy(self.legal_rep)
        self.label_credit_code.setBuddy(self.credit_code)
        self.label_statement.setBuddy(self.statement)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.role, self.is_org)
        QWidget.setTabOrder(self.is_org, self.name)
        QWidget.setTabOrder(self.name, self.gender)
        QWidget.setTabOrder(self.gender, self.age)
        QWidget.setTabOrder(self.age, self.ethnicity)
        QWidget.setTabOrder(self.ethnicity, self.id_number)
        QWidget.setTabOrder(self.id_number, self.phone)
        QWidget.setTabOrder(self.phone, self.address)
        QWidget.setTabOrder(self.address, self.occupation)
        QWidget.setTabOrder(self.occupation, self.legal_rep)
        QWidget.setTabOrder(self.legal_rep, self.credit_code)
        QWidget.setTabOrder(self.credit_code, self.statement)

        self.retranslateUi(PartyForm)

        QMetaObject.connectSlotsByName(PartyForm)
    # setupUi

    def retranslateUi(self, PartyForm):
        PartyForm.setWindowTitle(QCoreApplication.translate("PartyForm", u"\u5f53\u4e8b\u4eba", None))
        self.label_role.setText(QCoreApplication.translate("PartyForm", u"\u8eab\u4efd*", None))
        self.is_org.setText(QCoreApplication.translate("PartyForm", u"\u5355\u4f4d", None))
        self.label_name.setText(QCoreApplication.translate("PartyForm", u"\u59d3\u540d\u6216\u5355\u4f4d*", None))
        self.label_gender.setText(QCoreApplication.translate("PartyForm", u"\u6027\u522b", None))
        self.label_age.setText(QCoreApplication.translate("PartyForm", u"\u5e74\u9f84", None))
        self.label_ethnicity.setText(QCoreApplication.translate("PartyForm", u"\u6c11\u65cf", None))
        self.label_id_number.setText(QCoreApplication.translate("PartyForm", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.label_phone.setText(QCoreApplication.translate("PartyForm", u"\u7535\u8bdd", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("PartyForm", u"\u624b\u673a\u6216\u56fa\u5b9a\u7535\u8bdd", None))
        self.label_address.setText(QCoreApplication.translate("PartyForm", u"\u4f4f\u5740", None))
        self.label_occupation.setText(QCoreApplication.translate("PartyForm", u"\u804c\u4e1a\u6216\u804c\u52a1", None))
        self.label_legal_rep.setText(QCoreApplication.translate("PartyForm", u"\u6cd5\u5b9a\u4ee3\u8868\u4eba/\u8d1f\u8d23\u4eba", None))
        self.label_credit_code.setText(QCoreApplication.translate("PartyForm", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        self.label_statement.setText(QCoreApplication.translate("PartyForm", u"\u9648\u8ff0", None))
    # retranslateUi

