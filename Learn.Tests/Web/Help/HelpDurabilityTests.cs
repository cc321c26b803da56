using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Storage;
using Learn.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Help;

public sealed class HelpDurabilityTests
{
    [Fact]
    public async Task AMessageIsCommittedBeforeAnyoneIsToldAndSurvivesACrashBeforeTheNotice()
    {
        var folder = TestPaths.NewTempFolder("help-crash");
        string learnerCookie, kaderPhone;
        var clientId = HelpClient.NewId();
        CrashingNotifier crashing;
        await using (var before = new CrashBeforeNoticeApplication(LearnTestHost.Sqlite.InFolder(folder)))
        {
            crashing = before.Notifier;
            var village = await before.AddVillageAsync("Mati Listrik");
            kaderPhone = (await before.AddAccountAsync(Role.Kader, village.Id)).Phone;
            var learnerAccount = await before.AddAccountAsync(Role.Learner, village.Id);
            await using var learner = await HelpClient.ConnectAsync(before, learnerAccount.Phone);
            learnerCookie = learner.Cookie;

            // The process "dies" in the notifier: the phone never hears back.
            await Assert.ThrowsAsync<HubException>(() => learner.AskAsync("Layar saya mati sendiri", clientId: clientId));
        }

        // When the notice was about to go out, another connection could already read the message: it was committed.
        Assert.Equal(["Layar saya mati sendiri"], crashing.StoredWhenNotified);

        await using var after = LearnTestHost.Sqlite.InFolder(folder).Build();
        await using var kader = await HelpClient.ConnectAsync(after, kaderPhone);
        await using var learnerAgain = await HelpClient.ConnectWithCookieAsync(after, learnerCookie);
        // The phone's outbox sends it again with the same id: it is there once, and the kader has it.
        var resent = (await learnerAgain.AskAsync("Layar saya mati sendiri", clientId: clientId)).Value!;
        var conversation = await kader.JoinAsync(resent.Id);
        Assert.Equal(["Layar saya mati sendiri"], conversation!.Messages.Select(m => m.Text));
        Assert.Equal(1, await after.WithDbAsync(db => db.HelpMessages.CountAsync(m => m.ClientId == clientId)));
    }

    /// <summary>The app with a notifier that checks the message is readable from another connection, then fails like a crash.</summary>
    private sealed class CrashBeforeNoticeApplication(LearnTestHost host) : LearnApplication(host)
    {
        public CrashingNotifier Notifier { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IHelpNotifier>(sp =>
            {
                Notifier.Services = sp;
                return Notifier;
            }));
        }
    }

    private sealed class CrashingNotifier : IHelpNotifier
    {
        public IServiceProvider? Services { get; set; }

        public List<string> StoredWhenNotified { get; } = [];

        public Task MessageAddedAsync(HelpMessageView message, IReadOnlyCollection<int> recipients, CancellationToken ct = default) =>
            CrashAsync(message.Id);

        public Task RequestChangedAsync(HelpRequestView request, IReadOnlyCollection<int> recipients, CancellationToken ct = default) =>
            CrashAsync(null, request.Id);

        public Task MessagesReadAsync(long requestId, long upToId, int readerId, IReadOnlyCollection<int> recipients, CancellationToken ct = default) =>
            Task.CompletedTask;

        private async Task CrashAsync(long? messageId, long? requestId = null)
        {
            using var scope = Services!.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LearnDbContext>();
            StoredWhenNotified.AddRange(await db.HelpMessages.AsNoTracking()
                .Where(m => m.Id == messageId || m.RequestId == requestId).Select(m => m.Text).ToListAsync());
            throw new InvalidOperationException("The host stopped between commit and notice.");
        }
    }
}
