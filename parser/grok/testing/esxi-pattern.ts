// An ESXi-like grok pattern (28 rules, about 190 named groups) written from the seed lines, for
// the benchmark and the tests: the hostd/fdm/rhttpproxy header, vobd, sshd, pam, crond shapes.

const HEADER =
  '^\\s*%{WORD:log_level} %{PROG:process_name}\\[%{INT:process_pid}\\] \\[Originator@%{INT:originator} sub=%{DATA:sub}(?: opID=%{NOTSPACE:op_id})?(?: user=%{NOTSPACE:op_user})?\\] '
const VOB = '^\\s*\\[%{WORD:correlator}\\] %{INT:uptime}us: \\['
const IO =
  "<io_obj p:%{NOTSPACE:io_pointer}, h:%{INT:handle}, <TCP '%{IP:local_ip} : %{INT:local_port}'>, <TCP '%{IP:remote_ip} : %{INT:remote_port}'>>"

/** Rules shaped like the platform's ESXi parser, written from the seed lines. */
export const ESXI_RULES: Readonly<Record<string, string>> = {
  HOSTD_SSH_SESSION: `${HEADER}Event %{INT:event_id} : SSH session was %{WORD:action} for '%{USER:user}@%{IP:source_ip}'\\.`,
  HOSTD_LOGIN: `${HEADER}Event %{INT:event_id} : User %{USER:source_user}@%{IP:source_ip} logged in as %{NOTSPACE:user}(?: %{GREEDYDATA:user_agent})?$`,
  HOSTD_LOGOUT: `${HEADER}Event %{INT:event_id} : User %{USER:user}@%{IP:source_ip} logged out \\(login time: %{DATA:login_time}, number of API invocations: %{INT:api_calls}, user agent: %{DATA:user_agent}\\)`,
  HOSTD_PASSWORD: `${HEADER}Accepted password for user %{USER:user} from %{IP:source_ip}`,
  HOSTD_AUTH: `${HEADER}\\[Auth\\]: User %{USER:user}`,
  HOSTD_CONGESTION: `${HEADER}%{WORD:component}: congestion control algorithm: %{WORD:algorithm}`,
  PROXY_CONNECTED: `${HEADER}Connected to %{HOSTNAME:dest_host}:%{INT:dest_port} \\(%{DATA:url_path}\\) over ${IO}`,
  PROXY_SHUTDOWN: `${HEADER}Failed to shutdown socket; ${IO}, e: %{INT:error_code}\\(%{DATA:error_context}: %{DATA:reason}\\)`,
  FDM_UNSET: `${HEADER}Unset %{NOTSPACE:property} for %{WORD:object_type} \\(%{PATH:file_path}\\)`,
  FDM_HEALTH: `${HEADER}Healthstatus of VM %{PATH:file_path} on live hostId %{NOTSPACE:host_id} : %{WORD:health}`,
  FDM_FAILED: `${HEADER}%{WORD:file_action}\\(%{PATH:file_path}\\) failed with %{GREEDYDATA:reason}`,
  VOB_SSH: `${VOB}vob\\.user\\.ssh\\.session\\.%{WORD:action}\\] SSH session was %{WORD} for '%{USER:user}@%{IP:source_ip}'\\.`,
  VOB_ISCSI: `${VOB}%{NOTSPACE:vob_id}\\] iScsi connection %{INT:connection_id} stopped for %{NOTSPACE:adapter}`,
  SSHD_DISCONNECTED: '^Disconnected from user %{USER:user} %{IP:source_ip} port %{INT:source_port}',
  SSHD_CLOSED:
    '^\\s*Connection closed by authenticating user %{USER:user} %{IP:source_ip} port %{INT:source_port} \\[preauth\\]',
  SSHD_RECEIVED:
    '^Received disconnect from %{IP:source_ip} port %{INT:source_port}:%{INT:reason_code}: %{GREEDYDATA:reason}',
  SSHD_PUBLICKEY:
    '^Accepted publickey for %{USER:user} from %{IP:source_ip} port %{INT:source_port} %{WORD:protocol}: %{WORD:key_type} %{NOTSPACE:key_hash}',
  SSHD_CONNECTION: '^Connection from %{IP:source_ip} port %{INT:source_port}',
  PAM_SESSION:
    '^pam_unix\\(%{WORD:pam_service}:session\\): session %{WORD:action} for user %{USER:user}(?: by \\(uid=%{INT:uid}\\))?',
  CROND:
    '^USER %{USER:user} pid %{INT:process_pid} cmd %{NOTSPACE:command}(?: %{GREEDYDATA:command_args})?',
  SHELL: "^User '%{USER:user}' running command '%{DATA:command_line}'",
  EXECUTING: "^Executing '%{DATA:command_line}'",
  DHCP: '^\\s*%{WORD:dhcp_type} on %{WORD:interface} to %{IP:dest_ip} port %{INT:dest_port} interval %{INT:interval}',
  SERIAL:
    '^\\s*(?:QuerySerialNumber --- real serial number is|get_serial_num_of_SATA_SAS_disk---serial num is) %{NOTSPACE:serial_number}',
  ISCSI_RECOVERED:
    '^\\s*connection %{NOTSPACE:connection_id} \\(%{NOTSPACE:target_iqn} if=%{WORD:iface} addr=%{IP:dest_ip}:%{INT:dest_port} \\(TPGT:%{INT:tpgt} ISID:%{NOTSPACE:isid}\\)\\s+\\(T%{INT:target} C%{INT:channel}\\)\\) has recovered \\(%{INT:attempts} attempts\\)',
  KEY_ACTION: '^Using key ID\\s+%{UUID:key_id} to %{WORD:action}',
  FILE_ACTION: '^%{WORD:action} %{NOTSPACE:file_name}$',
  HOSTD_OTHER: `${HEADER}%{GREEDYDATA:message}`,
}

/** All rules as one pattern of top-level alternatives, in order. */
export const ESXI_PATTERN = Object.keys(ESXI_RULES)
  .map((name) => `%{${name}}`)
  .join('|')
