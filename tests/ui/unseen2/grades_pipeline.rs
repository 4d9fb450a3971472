// Iterator pipelines over student grades: filter_map, map, fold, max_by, partition, zip, rev, sum.
#[derive(Debug, Clone)]
struct Student {
    name: &'static str,
    marks: Vec<u32>,
}

fn average(marks: &[u32]) -> Option<f64> {
    if marks.is_empty() {
        None
    } else {
        Some(marks.iter().sum::<u32>() as f64 / marks.len() as f64)
    }
}

fn letter(avg: f64) -> char {
    match avg as u32 {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

fn main() {
    let students = vec![
        Student { name: "ana", marks: vec![93, 88, 97] },
        Student { name: "bo", marks: vec![] },
        Student { name: "cy", marks: vec![55, 61, 70, 48] },
        Student { name: "di", marks: vec![81, 79, 90] },
        Student { name: "ed", marks: vec![100] },
    ];

    let averages: Vec<(&str, f64)> = students
        .iter()
        .filter_map(|s| average(&s.marks).map(|a| (s.name, a)))
        .collect();
    for (name, avg) in &averages {
        println!("{:>3}: {:6.2} {}", name, avg, letter(*avg));
    }

    let (passing, failing): (Vec<&Student>, Vec<&Student>) =
        students.iter().partition(|s| average(&s.marks).map_or(false, |a| a >= 60.0));
    let names = |v: &Vec<&Student>| v.iter().map(|s| s.name).collect::<Vec<_>>().join(",");
    println!("passing: {}; failing: {}", names(&passing), names(&failing));

    let best = averages
        .iter()
        .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap())
        .unwrap();
    println!("best: {} with {:.1}", best.0, best.1);

    let all_marks: Vec<u32> = students.iter().flat_map(|s| s.marks.iter().copied()).collect();
    let (lo, hi) = all_marks.iter().fold((u32::MAX, 0), |(lo, hi), &m| (lo.min(m), hi.max(m)));
    println!("{} marks, range {}..={}", all_marks.len(), lo, hi);

    let ranks: Vec<String> = (1..)
        .zip(averages.iter().rev())
        .map(|(i, (n, _))| format!("{}.{}", i, n))
        .collect();
    println!("{}", ranks.join(" "));

    let improved = students
        .iter()
        .filter(|s| s.marks.windows(2).all(|w| w[0] <= w[1]))
        .map(|s| s.name)
        .collect::<Vec<_>>();
    println!("never decreasing: {:?}", improved);
    let histogram: Vec<usize> = (0..5).map(|b| all_marks.iter().filter(|&&m| m / 20 == b).count()).collect();
    println!("histogram {:?}", histogram);
}
