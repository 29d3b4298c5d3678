package dev.shapegen.diff.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Operation names as boto3 spells its methods: botocore's {@code xform_name}. */
class PythonNameTest {

    @ParameterizedTest
    @CsvSource({
        "ListTrainingPlans, list_training_plans",
        "DescribeTrainingPlan, describe_training_plan",
        "DescribeDBInstances, describe_db_instances",
        "CreateDBInstance, create_db_instance",
        "DescribeDBClusterSnapshotAttributes, describe_db_cluster_snapshot_attributes",
        // An acronym at the end stays whole, pluralised or not.
        "GetBucketACL, get_bucket_acl",
        "GetBucketAcl, get_bucket_acl",
        "ListWebACLs, list_web_acls",
        "GetAPIKeys, get_api_keys",
        "GetIDs, get_ids",
        "DescribeLDAPSSettings, describe_ldaps_settings",
        "AssociateVPCWithHostedZone, associate_vpc_with_hosted_zone",
        "ListAWSServiceAccessForOrganization, list_aws_service_access_for_organization",
        // Digits belong to the word before them.
        "ListV2LoggingLevels, list_v2_logging_levels",
        "Get2FA, get2_fa",
        // Names botocore spells by hand.
        "CreateCachediSCSIVolume, create_cached_iscsi_volume",
        "ExecutePartiQLStatement, execute_partiql_statement",
        // Already in snake case.
        "already_snake, already_snake",
        "X, x",
    })
    void pythonName(String operation, String method) {
        assertEquals(method, MethodDocs.pythonName(operation));
    }
}
