// Values moved into and out of functions: when each one is dropped, early return included.
struct Ticket {
    id: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("  ticket {} destroyed", self.id);
    }
}

fn inspect(t: &Ticket) -> u32 {
    t.id * 10
}

fn consume(t: Ticket) {
    println!("  consuming {}", t.id);
}

fn maybe_keep(t: Ticket, keep: bool) -> Option<Ticket> {
    if !keep {
        println!("  discarding {}", t.id);
        return None;
    }
    Some(t)
}

fn main() {
    println!("start");
    let a = Ticket { id: 1 };
    let b = Ticket { id: 2 };
    println!("inspect a -> {}", inspect(&a));
    consume(a);
    println!("after consume");
    let kept = maybe_keep(b, true);
    let lost = maybe_keep(Ticket { id: 3 }, false);
    println!("kept some: {}, lost none: {}", kept.is_some(), lost.is_none());
    let mut slot = Ticket { id: 4 };
    println!("reassigning slot");
    slot = Ticket { id: 5 };
    println!("slot is {}", slot.id);
    let boxed = Box::new(Ticket { id: 6 });
    let unboxed = *boxed;
    println!("unboxed {}", unboxed.id);
    println!("end");
}
