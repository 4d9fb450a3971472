// Sorting structs with derived and custom orderings, grouping by grade letter, and averages.
use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Letter {
    A,
    B,
    C,
    F,
}

#[derive(Debug, Clone)]
struct Student {
    name: String,
    scores: Vec<u32>,
}

impl Student {
    fn new(name: &str, scores: &[u32]) -> Self {
        Student { name: name.to_string(), scores: scores.to_vec() }
    }
    fn average(&self) -> f64 {
        if self.scores.is_empty() {
            return 0.0;
        }
        self.scores.iter().sum::<u32>() as f64 / self.scores.len() as f64
    }
    fn letter(&self) -> Letter {
        match self.average() {
            a if a >= 90.0 => Letter::A,
            a if a >= 75.0 => Letter::B,
            a if a >= 60.0 => Letter::C,
            _ => Letter::F,
        }
    }
}

fn main() {
    let mut class = vec![
        Student::new("Zoé", &[95, 88, 92]),
        Student::new("Marc", &[55, 61, 58]),
        Student::new("Inès", &[78, 82, 80]),
        Student::new("Paul", &[]),
        Student::new("Léa", &[90, 90, 91]),
        Student::new("Hugo", &[78, 80, 82]),
    ];
    class.sort_by(|a, b| {
        b.average()
            .partial_cmp(&a.average())
            .unwrap_or(Ordering::Equal)
            .then_with(|| a.name.cmp(&b.name))
    });
    for (rank, s) in class.iter().enumerate() {
        println!("{}. {:<5} {:6.2} {:?}", rank + 1, s.name, s.average(), s.letter());
    }
    let mut by_letter: Vec<(Letter, String)> = class.iter().map(|s| (s.letter(), s.name.clone())).collect();
    by_letter.sort();
    println!("{:?}", by_letter);
    let best = class.iter().flat_map(|s| s.scores.iter()).max();
    let worst = class.iter().flat_map(|s| &s.scores).min();
    println!("best score {:?}, worst {:?}", best, worst);
    let passed: Vec<&str> = class.iter().filter(|s| s.letter() < Letter::F).map(|s| s.name.as_str()).collect();
    println!("passed: {}", passed.join(", "));
    println!("{:?}", Letter::B.cmp(&Letter::A));
    println!("{}", class.iter().any(|s| s.scores.contains(&100)));
    let names_sorted = {
        let mut n: Vec<&String> = class.iter().map(|s| &s.name).collect();
        n.sort_unstable();
        n
    };
    println!("{:?}", names_sorted);
}
