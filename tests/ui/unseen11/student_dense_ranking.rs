// Ranks students by average grade with ties sharing a rank (dense and standard competition ranking).
#[derive(Debug)]
struct Student {
    name: String,
    grades: Vec<u32>,
}

impl Student {
    fn new(name: &str, grades: &[u32]) -> Self {
        Student { name: name.to_string(), grades: grades.to_vec() }
    }

    fn average(&self) -> f64 {
        if self.grades.is_empty() {
            return 0.0;
        }
        self.grades.iter().sum::<u32>() as f64 / self.grades.len() as f64
    }
}

fn main() {
    let mut students = vec![
        Student::new("Ada", &[90, 85, 77]),
        Student::new("Brook", &[70, 88, 94]),
        Student::new("Cyd", &[84, 84, 84]),
        Student::new("Dee", &[100, 60]),
        Student::new("Eli", &[]),
        Student::new("Fay", &[91, 81, 80]),
    ];
    students.sort_by(|a, b| {
        b.average()
            .partial_cmp(&a.average())
            .unwrap()
            .then_with(|| a.name.cmp(&b.name))
    });
    let mut dense = 0;
    let mut standard = 0;
    let mut prev: Option<f64> = None;
    println!("{:<6} {:<6} {:<8} {:>7}", "dense", "comp", "name", "avg");
    for (i, s) in students.iter().enumerate() {
        let avg = s.average();
        if prev != Some(avg) {
            dense += 1;
            standard = i + 1;
            prev = Some(avg);
        }
        println!("{:<6} {:<6} {:<8} {:>7.3}", dense, standard, s.name, avg);
    }
    let honours: Vec<&str> = students
        .iter()
        .filter(|s| s.average() >= 82.0)
        .map(|s| s.name.as_str())
        .collect();
    println!("honours: {}", honours.join(", "));
    let best_single = students
        .iter()
        .filter_map(|s| s.grades.iter().max().map(|m| (m, &s.name)))
        .max();
    println!("best single grade: {:?}", best_single);
    println!("empty record: {:?}", students.iter().find(|s| s.grades.is_empty()));
}
