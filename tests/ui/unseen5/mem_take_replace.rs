// std::mem::take, replace and swap used to move values out of &mut struct fields.
use std::mem;

#[derive(Debug, Default)]
struct Batch {
    label: String,
    jobs: Vec<u32>,
}

struct Queue {
    current: Batch,
    done: Vec<Batch>,
}

impl Queue {
    fn seal(&mut self, next_label: &str) -> usize {
        let old = mem::replace(&mut self.current, Batch { label: next_label.to_string(), jobs: Vec::new() });
        let n = old.jobs.len();
        self.done.push(old);
        n
    }

    fn steal_jobs(&mut self) -> Vec<u32> {
        mem::take(&mut self.current.jobs)
    }
}

fn main() {
    let mut q = Queue { current: Batch { label: "b1".into(), jobs: vec![1, 2, 3] }, done: vec![] };
    println!("sealed {} jobs", q.seal("b2"));
    q.current.jobs.extend([10, 20]);
    let stolen = q.steal_jobs();
    println!("stolen {:?}, left {:?}", stolen, q.current);
    q.current.jobs.push(99);
    q.seal("b3");
    let mut a = String::from("left");
    let mut b = String::from("right");
    mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let label = mem::take(&mut q.done[0].label);
    println!("took label {:?}, now {:?}", label, q.done[0].label);
    for batch in &q.done {
        println!("{:?}", batch);
    }
    println!("size_of Batch = {}, Option<Box<u8>> = {}", mem::size_of::<Batch>(), mem::size_of::<Option<Box<u8>>>());
}
