namespace WebcareHub.Invoices;

public enum InvoiceStatus
{
    Open,
    ReminderSent,
    FinalNotice,
    InCollection,
    PartlyPaid,
    Paid,
}
