// Collections: sorting a Vec of structs by several keys, binary search, dedup_by_key, retain, iter().rev().
#[derive(Debug, Clone, PartialEq)]
struct Student {
    name: String,
    grade: u8,
    score: f64,
}

fn student(name: &str, grade: u8, score: f64) -> Student {
    Student { name: name.to_string(), grade, score }
}

fn main() {
    let mut class = vec![
        student("Zoe", 3, 88.5),
        student("Adam", 2, 92.0),
        student("Mia", 3, 75.25),
        student("Liam", 1, 92.0),
        student("Ava", 2, 60.0),
    ];
    class.sort_by(|a, b| a.grade.cmp(&b.grade).then_with(|| b.score.partial_cmp(&a.score).unwrap()));
    for s in &class {
        println!("{:<5} g{} {:>6.2}", s.name, s.grade, s.score);
    }
    let best = class.iter().cloned().fold(None, |acc: Option<Student>, s| match acc {
        Some(b) if b.score >= s.score => Some(b),
        _ => Some(s),
    });
    println!("best {:?}", best.map(|s| s.name));
    let mut names: Vec<&str> = class.iter().map(|s| s.name.as_str()).collect();
    names.sort_unstable();
    println!("{:?} {:?}", names, names.binary_search(&"Mia"));
    let mut grades: Vec<u8> = class.iter().map(|s| s.grade).collect();
    grades.dedup();
    println!("{:?}", grades);
    class.retain(|s| s.score >= 70.0);
    println!("{}", class.iter().rev().map(|s| s.name.clone()).collect::<Vec<_>>().join(" < "));
    let avg = class.iter().map(|s| s.score).sum::<f64>() / class.len() as f64;
    println!("avg {avg:.3}");
    class.sort_by_key(|s| std::cmp::Reverse(s.name.len()));
    println!("{:?}", class.iter().map(|s| &s.name).collect::<Vec<_>>());
    println!("{}", class.contains(&student("Liam", 1, 92.0)));
}
