"""dsezatwin:setuproles — roles, grants, row-level security and investor views of a PostGIS twin store."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
)

from ....dseza_twin_plugin.store import StoreError
from ....dseza_twin_plugin.store.governance import roles
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm


class SetupRoles(DsezaAlgorithm):
    NAME = "setuproles"
    GROUP = "governance"
    STORE = "STORE"
    ROLE_PREFIX = "ROLE_PREFIX"
    MEMBERS = "MEMBERS"
    ROLES = "ROLES"
    POLICIES = "POLICIES"
    INVESTOR_SCHEMA = "INVESTOR_SCHEMA"
    RESULTS_SCHEMA = "RESULTS_SCHEMA"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Set up roles and row-level security")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (PostGIS: 'service=NAME', as its owner or a superuser)")))
        self.addParameter(QgsProcessingParameterString(
            self.ROLE_PREFIX, self.tr("Prefix of the role names"), defaultValue=roles.DEFAULT_PREFIX))
        self.addParameter(QgsProcessingParameterString(
            self.MEMBERS, self.tr("Logins and their role (login=role, separated by commas; e.g. "
                                  "'lan=officer, minh=investor')"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.ROLES, self.tr("Group roles")))
        self.addOutput(QgsProcessingOutputNumber(self.POLICIES, self.tr("Row-level security policies")))
        self.addOutput(QgsProcessingOutputString(self.INVESTOR_SCHEMA, self.tr("Schema of the investor views")))
        self.addOutput(QgsProcessingOutputString(self.RESULTS_SCHEMA, self.tr("Schema of the analysts' results")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        address = self.parameterAsString(parameters, self.STORE, context)
        prefix = self.parameterAsString(parameters, self.ROLE_PREFIX, context).strip() or roles.DEFAULT_PREFIX
        store = self.open_store(address)
        try:
            members = roles.parse_members(self.parameterAsString(parameters, self.MEMBERS, context))
            report = roles.setup_roles(store, prefix, members)
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()
        if report.created_roles:
            feedback.pushInfo(self.tr("Created the roles {}.").format(", ".join(report.created_roles)))
        feedback.pushInfo(self.tr("Row-level security forced on {} tables with {} policies; investor views in {}; "
                                  "analysts' results in {}.").format(
            report.tables, report.policies, roles.public_schema(report.schema),
            roles.results_schema(report.schema)))
        for login, role in report.members:
            feedback.pushInfo(self.tr("{} is now a member of {}.").format(login, role))
        for warning in report.warnings:
            feedback.pushWarning(warning)
        feedback.setProgress(100)
        return {
            self.ROLES: ", ".join(report.roles.values()),
            self.POLICIES: report.policies,
            self.INVESTOR_SCHEMA: roles.public_schema(report.schema),
            self.RESULTS_SCHEMA: roles.results_schema(report.schema),
        }
