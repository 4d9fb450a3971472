// mem::take moves the queue out of self so each item can be handled by a &mut self method.
struct Processor {
    queue: Vec<u32>,
    handled: Vec<String>,
}

impl Processor {
    fn handle(&mut self, x: u32) {
        if x % 2 == 0 {
            self.queue.push(x / 2);
        }
        self.handled.push(format!("#{}", x));
    }

    fn run_once(&mut self) {
        let items = std::mem::take(&mut self.queue);
        for x in items {
            self.handle(x);
        }
    }
}

fn main() {
    let mut p = Processor { queue: vec![8, 3, 6], handled: vec![] };
    p.run_once();
    p.run_once();
    println!("{:?} left {:?}", p.handled, p.queue);
}
