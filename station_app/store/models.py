"""Every model in one namespace, in creation order."""

from station_app.store.attachments import Attachment
from station_app.store.disputes import (
    Dispute,
    DisputeMediator,
    DossierPaper,
    FollowUp,
    MediationSession,
    Party,
)
from station_app.store.duty import DutyMember, DutySlot, Swap
from station_app.store.org import (
    AuditLog,
    CaseCounter,
    HolidayOverride,
    ItemNumber,
    Lookup,
    Member,
    MemberUnavailable,
    PointRule,
    Quota,
    ReceptionRule,
    Setting,
    Station,
    TeamMember,
    TopicGrade,
    User,
    WorkTeam,
)
from station_app.store.proposals import Proposal, ProposalMember, ProposalSource, ReplyClass
from station_app.store.reception import ReceptionDay, ReceptionMember, Visit, VisitMember
from station_app.store.referrals import Referral, ReferralFollow
from station_app.store.work import (
    Activity,
    ActivityMember,
    Meeting,
    MeetingMember,
    Opinion,
    Topic,
    TopicStep,
    TopicVisit,
)

ALL_MODELS = [
    Station, Lookup, TopicGrade, Member, WorkTeam, TeamMember, ReceptionRule, MemberUnavailable,
    Quota, PointRule, HolidayOverride, CaseCounter, ItemNumber, Setting, User, AuditLog,
    DutySlot, DutyMember, Swap,
    ReceptionDay, ReceptionMember, Visit, VisitMember,
    Dispute, DisputeMediator, Party, MediationSession, FollowUp, DossierPaper,
    Activity, ActivityMember, Topic, TopicStep, TopicVisit, Meeting, MeetingMember, Opinion,
    ReplyClass, Proposal, ProposalMember, ProposalSource, Referral, ReferralFollow,
    Attachment,
]

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS"]
