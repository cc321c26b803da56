namespace Learn.Content.Courses;

public enum LessonKind
{
    Lesson,
    Placement,
}
