// A report built with std::fmt::Write: write!/writeln! into a String, a Display impl for a struct, a fn taking &mut impl Write.
use std::fmt::{self, Write};

struct Student<'a> {
    name: &'a str,
    scores: Vec<u32>,
}

impl<'a> Student<'a> {
    fn average(&self) -> f64 {
        if self.scores.is_empty() {
            return 0.0;
        }
        self.scores.iter().sum::<u32>() as f64 / self.scores.len() as f64
    }
    fn grade(&self) -> char {
        match self.average() as u32 {
            90..=100 => 'A',
            80..=89 => 'B',
            70..=79 => 'C',
            60..=69 => 'D',
            _ => 'F',
        }
    }
}

impl fmt::Display for Student<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<8}", self.name)?;
        for s in &self.scores {
            write!(f, "{:>4}", s)?;
        }
        write!(f, " | {:>6.2} {}", self.average(), self.grade())
    }
}

fn section(out: &mut impl Write, title: &str) -> fmt::Result {
    writeln!(out, "{}", title)?;
    writeln!(out, "{}", "=".repeat(title.len()))
}

fn main() -> Result<(), fmt::Error> {
    let students = vec![
        Student { name: "Ana", scores: vec![95, 88, 92] },
        Student { name: "Ben", scores: vec![72, 65, 80] },
        Student { name: "Chloé", scores: vec![50, 61, 58] },
        Student { name: "Dmitri", scores: vec![] },
    ];
    let mut report = String::with_capacity(256);
    section(&mut report, "Grades")?;
    for s in &students {
        writeln!(report, "{}", s)?;
    }
    let mut by_grade = String::new();
    for g in ['A', 'B', 'C', 'D', 'F'] {
        let names: Vec<&str> = students.iter().filter(|s| s.grade() == g).map(|s| s.name).collect();
        if !names.is_empty() {
            write!(by_grade, "{}: {}; ", g, names.join(", "))?;
        }
    }
    section(&mut report, "By grade")?;
    report.push_str(by_grade.trim_end_matches("; "));
    report.push('\n');
    print!("{}", report);
    println!("report is {} bytes, {} lines", report.len(), report.lines().count());
    Ok(())
}
