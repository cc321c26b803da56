using Learn.Content.Courses;

namespace Learn.Core.Help;

/// <summary>Whom a reminder goes to: their WhatsApp number, name, the language to write in and the lesson to go on with (null when all are done).</summary>
public sealed record NudgeTarget(string WhatsAppNumber, string Name, string Language, Lesson? NextLesson);
