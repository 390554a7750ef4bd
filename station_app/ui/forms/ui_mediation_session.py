# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mediation_session.ui'
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

class Ui_MediationSessionForm(object):
    def setupUi(self, MediationSessionForm):
        if not MediationSessionForm.objectName():
            MediationSessionForm.setObjectName(u"MediationSessionForm")
        MediationSessionForm.resize(640, 480)
        self.main_layout = QVBoxLayout(MediationSessionForm)
        self.main_layout.setObjectName(u"main_layout")
        self.grid_0 = QGridLayout()
        self.grid_0.setObjectName(u"grid_0")
        self.grid_0.setHorizontalSpacing(10)
        self.label_date = QLabel(MediationSessionForm)
        self.label_date.setObjectName(u"label_date")

        self.grid_0.addWidget(self.label_date, 0, 0, 1, 1)

        self.date = DateEdit(MediationSessionForm)
        self.date.setObjectName(u"date")

        self.grid_0.addWidget(self.date, 0, 1, 1, 1)

        self.err_date = FieldErrorLabel(MediationSessionForm)
        self.err_date.setObjectName(u"err_date")

        self.grid_0.addWidget(self.err_date, 1, 1, 1, 1)

        self.label_location = QLabel(MediationSessionForm)
        self.label_location.setObjectName(u"label_location")

        self.grid_0.addWidget(self.label_location, 0, 2, 1, 1)

        self.location = QLineEdit(MediationSessionForm)
        self.location.setObjectName(u"location")
        self.location.setMaxLength(100)

        self.grid_0.addWidget(self.location, 0, 3, 1, 1)

        self.err_location = FieldErrorLabel(MediationSessionForm)
        self.err_location.setObjectName(u"err_location")

        self.grid_0.addWidget(self.err_location, 1, 3, 1, 1)

        self.label_mediators = QLabel(MediationSessionForm)
        self.label_mediators.setObjectName(u"label_mediators")

        self.grid_0.addWidget(self.label_mediators, 2, 0, 1, 1)

        self.mediators = QLineEdit(MediationSessionForm)
        self.mediators.setObjectName(u"mediators")
        self.mediators.setMaxLength(200)

        self.grid_0.addWidget(self.mediators, 2, 1, 1, 1)

        self.err_mediators = FieldErrorLabel(MediationSessionForm)
        self.err_mediators.setObjectName(u"err_mediators")

        self.grid_0.addWidget(self.err_mediators, 3, 1, 1, 1)

        self.label_recorder = QLabel(MediationSessionForm)
        self.label_recorder.setObjectName(u"label_recorder")

        self.grid_0.addWidget(self.label_recorder, 2, 2, 1, 1)

        self.recorder = QLineEdit(MediationSessionForm)
        self.recorder.setObjectName(u"recorder")
        self.recorder.setMaxLength(50)

        self.grid_0.addWidget(self.recorder, 2, 3, 1, 1)

        self.err_recorder = FieldErrorLabel(MediationSessionForm)
        self.err_recorder.setObjectName(u"err_recorder")

        self.grid_0.addWidget(self.err_recorder, 3, 3, 1, 1)

        self.label_participants = QLabel(MediationSessionForm)
        self.label_participants.setObjectName(u"label_participants")

        self.grid_0.addWidget(self.label_participants, 4, 0, 1, 1)

        self.participants = QLineEdit(MediationSessionForm)
        self.participants.setObjectName(u"participants")
        self.participants.setMaxLength(300)

        self.grid_0.addWidget(self.participants, 4, 1, 1, 3)

        self.err_participants = FieldErrorLabel(MediationSessionForm)
        self.err_participants.setObjectName(u"err_participants")

        self.grid_0.addWidget(self.err_participants, 5, 1, 1, 3)

        self.label_process = QLabel(MediationSessionForm)
        self.label_process.setObjectName(u"label_process")

        self.grid_0.addWidget(self.label_process, 6, 0, 1, 1, Qt.AlignTop)

        self.process = QPlainTextEdit(MediationSessionForm)
        self.process.setObjectName(u"process")
        self.process.setTabChangesFocus(True)
        self.process.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.process, 6, 1, 1, 3)

        self.err_process = FieldErrorLabel(MediationSessionForm)
        self.err_process.setObjectName(u"err_process")

        self.grid_0.addWidget(self.err_process, 7, 1, 1, 3)

        self.label_result = QLabel(MediationSessionForm)
        self.label_result.setObjectName(u"label_result")

        self.grid_0.addWidget(self.label_result, 8, 0, 1, 1, Qt.AlignTop)

        self.result = QPlainTextEdit(MediationSessionForm)
        self.result.setObjectName(u"result")
        self.result.setTabChangesFocus(True)
        self.result.setMinimumSize(QSize(0, 56))

        self.grid_0.addWidget(self.result, 8, 1, 1, 3)

        self.err_result = FieldErrorLabel(MediationSessionForm)
        self.err_result.setObjectName(u"err_result")

        self.grid_0.addWidget(self.err_result, 9, 1, 1, 3)

        self.vspace_5 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid_0.addItem(self.vspace_5, 10, 1, 1, 1)


        self.main_layout.addLayout(self.grid_0)

        self.buttonBox = QDialogButtonBox(MediationSessionForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_date.setBuddy(self.date)
        self.label_location.setBuddy(self.location)
        self.label_mediators.setBuddy(self.mediators)
        self.label_recorder.setBuddy(self.recorder)
        self.label_participants.setBuddy(self.participants)
        self.label_process.setBuddy(self.process)
        self.label_result.setBuddy(self.result)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.location)
        QWidget.setTabOrder(self.location, self.mediators)
        QWidget.setTabOrder(self.mediators, self.recorder)
        QWidget.setTabOrder(self.recorder, self.participants)
        QWidget.setTabOrder(self.participants, self.process)
        QWidget.setTabOrder(self.process, self.result)

        self.retranslateUi(MediationSessionForm)

        QMetaObject.connectSlotsByName(MediationSessionForm)
    # setupUi

    def retranslateUi(self, MediationSessionForm):
        MediationSessionForm.setWindowTitle(QCoreApplication.translate("MediationSessionForm", u"\u8c03\u89e3\u8bb0\u5f55", None))
        self.label_date.setText(QCoreApplication.translate("MediationSessionForm", u"\u8c03\u89e3\u65e5\u671f*", None))
        self.label_location.setText(QCoreApplication.translate("MediationSessionForm", u"\u5730\u70b9", None))
        self.label_mediators.setText(QCoreApplication.translate("MediationSessionForm", u"\u8c03\u89e3\u5458", None))
        self.label_recorder.setText(QCoreApplication.translate("MediationSessionForm", u"\u8bb0\u5f55\u4eba", None))
        self.label_participants.setText(QCoreApplication.translate("MediationSessionForm", u"\u53c2\u52a0\u4eba", None))
        self.label_process.setText(QCoreApplication.translate("MediationSessionForm", u"\u8c03\u89e3\u7ecf\u8fc7*", None))
        self.label_result.setText(QCoreApplication.translate("MediationSessionForm", u"\u7ed3\u679c", None))
    # retranslateUi

