using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.Handoff;

/// <summary>Files a call-back task at most once per source key (the key is unique in the database).</summary>
public static class CallbackTaskFiling
{
    /// <summary>
    /// Adds and saves <paramref name="task"/>: true when it was filed, false when a task with its source key already
    /// stood (another sweep or turn made it at the same moment); any other failure is thrown.
    /// </summary>
    public static async Task<bool> AddOnceAsync(this WebcareDbContext db, CallbackTask task, CancellationToken ct)
    {
        db.CallbackTasks.Add(task);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(task).State = EntityState.Detached;
            if (await db.CallbackTasks.AnyAsync(t => t.SourceKey == task.SourceKey, ct)) return false;
            throw;
        }
    }
}
