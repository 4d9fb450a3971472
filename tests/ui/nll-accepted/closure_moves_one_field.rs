// A `move` closure using one field moves only that field.
struct Job {
    title: String,
    notes: String,
}

fn main() {
    let job = Job { title: String::from("build"), notes: String::from("fast") };
    let show = move || println!("title {}", job.title);
    show();
    println!("notes {}", job.notes);
    let n = job.notes.len();
    println!("{}", n);
}
