// A grade book: per-student averages, class mean, median and standard deviation, letter grades
struct Student {
    name: String,
    scores: Vec<f64>,
}

impl Student {
    fn average(&self) -> Option<f64> {
        if self.scores.is_empty() {
            None
        } else {
            Some(self.scores.iter().sum::<f64>() / self.scores.len() as f64)
        }
    }
}

fn letter(avg: f64) -> char {
    match avg {
        a if a >= 90.0 => 'A',
        a if a >= 80.0 => 'B',
        a if a >= 70.0 => 'C',
        a if a >= 60.0 => 'D',
        _ => 'F',
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 0 {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    }
}

fn std_dev(values: &[f64]) -> f64 {
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / values.len() as f64;
    var.sqrt()
}

fn main() {
    let students = vec![
        Student { name: String::from("Ana"), scores: vec![92.0, 88.5, 95.0] },
        Student { name: String::from("Ben"), scores: vec![71.0, 64.5, 80.0, 77.0] },
        Student { name: String::from("Chloe"), scores: vec![] },
        Student { name: String::from("Dmitri"), scores: vec![55.0, 61.0] },
        Student { name: String::from("Eve"), scores: vec![83.0, 85.0, 79.5] },
    ];

    let mut averages = Vec::new();
    for s in &students {
        match s.average() {
            Some(avg) => {
                println!("{:<8}{:>7.2} {}", s.name, avg, letter(avg));
                averages.push(avg);
            }
            None => println!("{:<8}{:>7} -", s.name, "n/a"),
        }
    }

    let mean = averages.iter().sum::<f64>() / averages.len() as f64;
    println!("mean   = {:.3}", mean);
    println!("median = {:.3}", median(&averages));
    println!("stddev = {:.3}", std_dev(&averages));

    let best = students
        .iter()
        .filter_map(|s| s.average().map(|a| (s.name.as_str(), a)))
        .max_by(|x, y| x.1.partial_cmp(&y.1).unwrap());
    if let Some((name, avg)) = best {
        println!("best: {} ({:.1})", name, avg);
    }
    let passing = averages.iter().filter(|&&a| a >= 60.0).count();
    println!("passing: {}/{}", passing, averages.len());
}
