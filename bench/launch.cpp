// bench-launch: starts a program N times and times it with CLOCK_MONOTONIC, taken just before the
// process is spawned. Two modes:
//  - with --ready-file: the program's BenchProbe (TMA_BENCH_READY_FILE) writes the monotonic time
//    of an event (e.g. "wizard-shown"); the sample is that time minus the spawn time. --exit-on-ready
//    sets TMA_BENCH_EXIT=1 so the program quits itself; --settle-ms keeps it running that long after
//    the event, then reads its /proc/PID/status (VmHWM, VmRSS) and stops it with SIGTERM.
//  - without: the sample is spawn → exit (the program must exit with status 0).
// Prints key=value lines (medians over the measured runs; warm-up runs are not counted) and exits
// non-zero when a run could not be measured.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <signal.h>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

struct Options
{
    int runs = 10;
    int warmup = 1;
    std::string readyFile;
    std::string event;
    bool exitOnReady = false;
    int settleMs = -1;
    int timeoutMs = 60000;
    std::string log = "/dev/null";
    std::vector<std::string> command;
};

struct Sample
{
    double ms = 0;
    long readyHwmKb = -1;
    long readyRssKb = -1;
    long settleHwmKb = -1;
    long settleRssKb = -1;
};

long long monotonicNs()
{
    timespec now = {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

void usage()
{
    std::fprintf(stderr,
                 "usage: bench-launch [--runs N] [--warmup N] [--timeout-ms N] [--log FILE]\n"
                 "                    [--ready-file PATH --event NAME [--exit-on-ready] [--settle-ms N]]\n"
                 "                    -- PROGRAM [ARGS...]\n");
}

bool parse(int argc, char* argv[], Options* options)
{
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "bench-launch: %s needs a value\n", name);
                return nullptr;
            }
            return argv[++i];
        };
        if (arg == "--") {
            ++i;
            break;
        }
        const char* v = nullptr;
        if (arg == "--exit-on-ready") {
            options->exitOnReady = true;
            continue;
        }
        if (!(v = value(arg.c_str())))
            return false;
        if (arg == "--runs")
            options->runs = std::atoi(v);
        else if (arg == "--warmup")
            options->warmup = std::atoi(v);
        else if (arg == "--ready-file")
            options->readyFile = v;
        else if (arg == "--event")
            options->event = v;
        else if (arg == "--settle-ms")
            options->settleMs = std::atoi(v);
        else if (arg == "--timeout-ms")
            options->timeoutMs = std::atoi(v);
        else if (arg == "--log")
            options->log = v;
        else {
            std::fprintf(stderr, "bench-launch: unknown option %s\n", arg.c_str());
            return false;
        }
    }
    for (; i < argc; ++i)
        options->command.emplace_back(argv[i]);
    if (options->command.empty() || options->runs < 1 || options->warmup < 0)
        return false;
    if (!options->readyFile.empty() && options->event.empty())
        return false;
    return true;
}

long field(const std::string& text, const std::string& name)
{
    const std::size_t at = text.find(name);
    return at == std::string::npos ? -1 : std::strtol(text.c_str() + at + name.size(), nullptr, 10);
}

std::string readAll(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// The ready-file line for `event`, or "".
std::string readyLine(const std::string& path, const std::string& event)
{
    std::istringstream lines(readAll(path));
    std::string line;
    const std::string prefix = "event=" + event + " ";
    while (std::getline(lines, line)) {
        if (line.rfind(prefix, 0) == 0)
            return line;
    }
    return {};
}

// Waits for the child with a deadline; kills it when the deadline passes. Returns the wait status
// or -1 on timeout.
int waitFor(pid_t pid, long long deadlineNs)
{
    for (;;) {
        int status = 0;
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            return status;
        if (done < 0)
            return -1;
        if (monotonicNs() > deadlineNs) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
}

bool runOnce(const Options& options, Sample* sample, std::string* error)
{
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        if (entry.rfind("TMA_BENCH_READY_FILE=", 0) == 0 || entry.rfind("TMA_BENCH_EXIT=", 0) == 0)
            continue;
        env.push_back(entry);
    }
    if (!options.readyFile.empty()) {
        unlink(options.readyFile.c_str());
        env.push_back("TMA_BENCH_READY_FILE=" + options.readyFile);
        if (options.exitOnReady)
            env.emplace_back("TMA_BENCH_EXIT=1");
    }
    std::vector<char*> envp;
    for (std::string& entry : env)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<std::string> args = options.command;
    std::vector<char*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, options.log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);

    pid_t pid = 0;
    const long long start = monotonicNs();
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        *error = "cannot start " + options.command.front() + ": " + std::strerror(spawned);
        return false;
    }
    const long long deadline = start + static_cast<long long>(options.timeoutMs) * 1000000LL;

    if (options.readyFile.empty()) {
        const int status = waitFor(pid, deadline);
        const long long end = monotonicNs();
        if (status == -1) {
            *error = "timed out";
            return false;
        }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            *error = "exit status " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
            return false;
        }
        sample->ms = static_cast<double>(end - start) / 1e6;
        return true;
    }

    // Wait for the event line (or the child's early end).
    std::string line;
    bool exited = false;
    int status = 0;
    while ((line = readyLine(options.readyFile, options.event)).empty()) {
        if (waitpid(pid, &status, WNOHANG) == pid) {
            exited = true;
            line = readyLine(options.readyFile, options.event);
            break;
        }
        if (monotonicNs() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            *error = "no \"" + options.event + "\" event before the timeout";
            return false;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    if (line.empty()) {
        *error = "exited (status " + std::to_string(status) + ") without a \"" + options.event + "\" event";
        return false;
    }
    sample->ms = static_cast<double>(field(line, "monotonic_ns=") - start) / 1e6;
    sample->readyHwmKb = field(line, "vmhwm_kb=");
    sample->readyRssKb = field(line, "vmrss_kb=");
    if (exited)
        return true;
    if (options.settleMs >= 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(options.settleMs));
        const std::string procStatus = readAll("/proc/" + std::to_string(pid) + "/status");
        sample->settleHwmKb = field(procStatus, "VmHWM:");
        sample->settleRssKb = field(procStatus, "VmRSS:");
        kill(pid, SIGTERM);
    } else if (!options.exitOnReady) {
        kill(pid, SIGTERM);
    }
    status = waitFor(pid, monotonicNs() + 10000000000LL);
    if (status == -1) {
        *error = "did not exit after the event";
        return false;
    }
    if (options.exitOnReady && options.settleMs < 0 && (!WIFEXITED(status) || WEXITSTATUS(status) != 0)) {
        *error = "exit status " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
        return false;
    }
    return true;
}

template <typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char* argv[])
{
    Options options;
    if (!parse(argc, argv, &options)) {
        usage();
        return 2;
    }
    std::vector<Sample> samples;
    for (int i = 0; i < options.warmup + options.runs; ++i) {
        Sample sample;
        std::string error;
        if (!runOnce(options, &sample, &error)) {
            std::fprintf(stderr, "bench-launch: run %d of %s: %s\n", i + 1, options.command.front().c_str(), error.c_str());
            return 1;
        }
        if (i >= options.warmup)
            samples.push_back(sample);
    }
    std::vector<double> ms;
    std::vector<long> readyHwm, readyRss, settleHwm, settleRss;
    for (const Sample& s : samples) {
        ms.push_back(s.ms);
        readyHwm.push_back(s.readyHwmKb);
        readyRss.push_back(s.readyRssKb);
        settleHwm.push_back(s.settleHwmKb);
        settleRss.push_back(s.settleRssKb);
    }
    std::printf("runs=%zu\n", samples.size());
    std::printf("median_ms=%.1f\n", median(ms));
    std::printf("min_ms=%.1f\n", *std::min_element(ms.begin(), ms.end()));
    std::printf("max_ms=%.1f\n", *std::max_element(ms.begin(), ms.end()));
    std::printf("samples_ms=");
    for (std::size_t i = 0; i < ms.size(); ++i)
        std::printf("%s%.1f", i ? "," : "", ms[i]);
    std::printf("\n");
    if (!options.readyFile.empty()) {
        std::printf("ready_hwm_kb=%ld\nready_rss_kb=%ld\n", median(readyHwm), median(readyRss));
        if (options.settleMs >= 0)
            std::printf("settle_hwm_kb=%ld\nsettle_rss_kb=%ld\n", median(settleHwm), median(settleRss));
    }
    return 0;
}
