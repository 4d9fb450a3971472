// `mem::take` leaves the field owned by `self` while the loop calls `&mut self` methods.
struct Queue {
    pending: Vec<String>,
    done: Vec<String>,
}

impl Queue {
    fn finish(&mut self, job: String) {
        self.done.push(job.to_uppercase());
    }

    fn run(&mut self) {
        let jobs = std::mem::take(&mut self.pending);
        for j in jobs {
            self.finish(j);
        }
        self.pending.push(String::from("cleanup"));
    }
}

fn main() {
    let mut q = Queue { pending: vec![String::from("a"), String::from("b")], done: Vec::new() };
    q.run();
    println!("{:?} {:?}", q.pending, q.done);
}
