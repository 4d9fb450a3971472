// as_mut on an Option field updates the current job, then take() moves it out in the same method.
#[derive(Debug)]
struct Job {
    name: String,
    runs: u32,
}

struct Worker {
    current: Option<Job>,
    done: Vec<Job>,
}

impl Worker {
    fn tick(&mut self) {
        if let Some(job) = self.current.as_mut() {
            job.runs += 1;
            if job.runs < 3 {
                return;
            }
        }
        if let Some(job) = self.current.take() {
            self.done.push(job);
        }
    }
}

fn main() {
    let mut w = Worker { current: Some(Job { name: "backup".into(), runs: 0 }), done: vec![] };
    for _ in 0..4 {
        w.tick();
    }
    println!("{:?} {:?}", w.current, w.done);
}
