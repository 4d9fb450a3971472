// Grading a class with iterator adapters: partition, unzip, step_by, skip_while, take_while, scan, flat_map and rev.
#[derive(Debug, Clone)]
struct Student {
    name: String,
    marks: Vec<u8>,
}

fn average(marks: &[u8]) -> f64 {
    marks.iter().map(|&m| m as f64).sum::<f64>() / marks.len().max(1) as f64
}

fn main() {
    let roster = "Amy:78,91,85;Ben:45,52,60;Cal:99,97,100;Dee:60,58,71;Eli:30,44,39;Fay:88,79,93";
    let students: Vec<Student> = roster
        .split(';')
        .filter_map(|entry| {
            let (name, marks) = entry.split_once(':')?;
            Some(Student { name: name.to_string(), marks: marks.split(',').map(|m| m.parse().unwrap()).collect() })
        })
        .collect();
    let (passed, failed): (Vec<&Student>, Vec<&Student>) = students.iter().partition(|s| average(&s.marks) >= 60.0);
    println!("passed: {:?}", passed.iter().map(|s| &s.name).collect::<Vec<_>>());
    println!("failed: {:?}", failed.iter().map(|s| s.name.as_str()).collect::<Vec<_>>());
    let (names, avgs): (Vec<&str>, Vec<f64>) = students.iter().map(|s| (s.name.as_str(), average(&s.marks))).unzip();
    println!("{:?}", names);
    println!("{:?}", avgs.iter().map(|a| format!("{:.1}", a)).collect::<Vec<_>>());
    let every_other: Vec<&String> = students.iter().step_by(2).map(|s| &s.name).collect();
    println!("every other: {:?}", every_other);
    let mut sorted = students.clone();
    sorted.sort_by(|a, b| average(&b.marks).partial_cmp(&average(&a.marks)).unwrap());
    let top: Vec<String> = sorted.iter().take_while(|s| average(&s.marks) > 80.0).map(|s| s.name.clone()).collect();
    let rest = sorted.iter().skip_while(|s| average(&s.marks) > 80.0).count();
    println!("honours {:?}, others {}", top, rest);
    let running: Vec<u32> = students[0].marks.iter().scan(0u32, |acc, &m| {
        *acc += m as u32;
        Some(*acc)
    }).collect();
    println!("running total for {}: {:?}", students[0].name, running);
    let all_marks: Vec<u8> = students.iter().flat_map(|s| s.marks.iter().copied()).collect();
    let perfect = all_marks.iter().rposition(|&m| m == 100);
    println!("{} marks, max {:?}, min {:?}, perfect at {:?}", all_marks.len(), all_marks.iter().max(), all_marks.iter().min(), perfect);
    let last_two: Vec<&str> = students.iter().rev().take(2).map(|s| s.name.as_ref()).collect();
    println!("last two reversed: {:?}", last_two);
    let improving = students.iter().filter(|s| s.marks.windows(2).all(|w| w[0] <= w[1])).map(|s| &s.name[..]).collect::<Vec<_>>();
    println!("improving: {:?}", improving);
    let initials: String = students.iter().map(|s| s.name.chars().next().unwrap()).rev().collect();
    println!("initials reversed: {}", initials);
}
