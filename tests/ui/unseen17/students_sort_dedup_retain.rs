// Sorting a roster like Java's Collections.sort with comparators: sort_by_key, sort_by, dedup_by_key and retain.
#[derive(Debug, Clone, PartialEq)]
struct Student {
    name: String,
    grade: u32,
    class: char,
}

impl Student {
    fn new(name: &str, grade: u32, class: char) -> Self {
        Student { name: name.to_string(), grade, class }
    }

    fn get_name(&self) -> &str {
        &self.name
    }
}

fn print_all(label: &str, students: &Vec<Student>) {
    let parts: Vec<String> = students.iter().map(|s| format!("{}({}{})", s.get_name(), s.grade, s.class)).collect();
    println!("{}: {}", label, parts.join(", "));
}

fn main() {
    let mut roster = vec![
        Student::new("Mia", 88, 'B'),
        Student::new("Leo", 72, 'A'),
        Student::new("Zoe", 95, 'A'),
        Student::new("Ana", 88, 'C'),
        Student::new("Leo", 72, 'A'),
        Student::new("Kai", 55, 'B'),
        Student::new("Eva", 95, 'C'),
    ];
    print_all("input", &roster);

    roster.sort_by_key(|s| s.name.clone());
    print_all("by name", &roster);
    roster.dedup();
    print_all("dedup", &roster);

    roster.sort_by(|a, b| b.grade.cmp(&a.grade).then(a.name.cmp(&b.name)));
    print_all("by grade desc", &roster);

    let mut one_per_grade = roster.clone();
    one_per_grade.dedup_by_key(|s| s.grade);
    print_all("best of each grade", &one_per_grade);

    roster.retain(|s| s.grade >= 60);
    print_all("passing", &roster);

    roster.sort_by_key(|s| (s.class, std::cmp::Reverse(s.grade)));
    print_all("by class", &roster);

    let mut classes: Vec<char> = roster.iter().map(|s| s.class).collect();
    classes.dedup();
    for c in classes {
        let members: Vec<&str> = roster.iter().filter(|s| s.class == c).map(|s| s.get_name()).collect();
        let avg = roster.iter().filter(|s| s.class == c).map(|s| s.grade).sum::<u32>() as f64 / members.len() as f64;
        println!("class {}: {:?} avg {:.1}", c, members, avg);
    }
    let position = roster.iter().position(|s| s.name == "Ana");
    println!("Ana at {:?}, Bob at {:?}", position, roster.iter().position(|s| s.name == "Bob"));
}
