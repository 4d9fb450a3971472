//@ compile-fail
// The roster is consumed by into_iter().partition() and counted afterwards.
#[derive(Debug)]
struct Student {
    name: String,
    avg: f64,
}

fn main() {
    let students = vec![Student { name: "Amy".into(), avg: 81.0 }, Student { name: "Ben".into(), avg: 52.0 }];
    let (passed, failed): (Vec<Student>, Vec<Student>) = students.into_iter().partition(|s| s.avg >= 60.0);
    println!("{} of {} passed", passed.len(), students.len()); //~ ERROR E0382
    println!("{:?}", failed);
}
