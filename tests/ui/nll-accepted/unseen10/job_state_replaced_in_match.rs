// A job's state is matched through &mut self and replaced in the arm after its field is copied out.
#[derive(Debug)]
enum Job {
    Queued { priority: u8 },
    Running { ticks: u32 },
    Done(u32),
}

impl Job {
    fn advance(&mut self) {
        match self {
            Job::Queued { priority } => {
                let p = *priority;
                *self = Job::Running { ticks: p as u32 };
            }
            Job::Running { ticks } if *ticks >= 3 => {
                let t = *ticks;
                *self = Job::Done(t);
            }
            Job::Running { ticks } => *ticks += 1,
            Job::Done(_) => {}
        }
    }
}

fn main() {
    let mut job = Job::Queued { priority: 1 };
    for _ in 0..5 {
        job.advance();
        println!("{:?}", job);
    }
}
