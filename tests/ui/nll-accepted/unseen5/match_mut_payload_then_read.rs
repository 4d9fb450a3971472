// Matching on `&mut` of an enum to edit its payload; the enum is read again after the match.
#[derive(Debug)]
enum Job {
    Pending { tries: u32 },
    Running(String),
    Done,
}

fn tick(job: &mut Job) {
    match job {
        Job::Pending { tries } if *tries >= 2 => *job = Job::Running(String::from("worker-1")),
        Job::Pending { tries } => *tries += 1,
        Job::Running(name) => {
            name.push_str("!");
            if name.len() > 9 {
                *job = Job::Done;
            }
        }
        Job::Done => {}
    }
}

fn main() {
    let mut j = Job::Pending { tries: 0 };
    for _ in 0..6 {
        tick(&mut j);
        println!("{:?}", j);
    }
}
