// A generic object pool Pool<T: Default> that hands out boxed objects and takes them back, with Drop counting through Rc<Cell>.
use std::cell::Cell;
use std::rc::Rc;

#[derive(Debug)]
struct Buffer {
    data: Vec<u8>,
    uses: u32,
    drops: Rc<Cell<u32>>,
}

impl Default for Buffer {
    fn default() -> Self {
        Buffer { data: Vec::with_capacity(16), uses: 0, drops: Rc::new(Cell::new(0)) }
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        self.drops.set(self.drops.get() + 1);
    }
}

trait Reset {
    fn reset(&mut self);
}

impl Reset for Buffer {
    fn reset(&mut self) {
        self.data.clear();
    }
}

struct Pool<T: Default + Reset> {
    free: Vec<Box<T>>,
    created: usize,
    max_free: usize,
}

impl<T: Default + Reset> Pool<T> {
    fn new(max_free: usize) -> Self {
        Pool { free: Vec::new(), created: 0, max_free }
    }

    fn take(&mut self) -> Box<T> {
        match self.free.pop() {
            Some(b) => b,
            None => {
                self.created += 1;
                Box::new(T::default())
            }
        }
    }

    fn give_back(&mut self, mut b: Box<T>) {
        if self.free.len() < self.max_free {
            b.reset();
            self.free.push(b);
        }
    }
}

fn main() {
    let drops = Rc::new(Cell::new(0));
    let mut pool: Pool<Buffer> = Pool::new(2);
    let mut in_use = Vec::new();
    for round in 0..3 {
        for i in 0..3 {
            let mut b = pool.take();
            b.drops = Rc::clone(&drops);
            b.uses += 1;
            b.data.extend_from_slice(format!("r{}i{}", round, i).as_bytes());
            in_use.push(b);
        }
        let lens: Vec<usize> = in_use.iter().map(|b| b.data.len()).collect();
        let uses: Vec<u32> = in_use.iter().map(|b| b.uses).collect();
        println!("round {} lens {:?} uses {:?}", round, lens, uses);
        for b in in_use.drain(..) {
            pool.give_back(b);
        }
        println!("  created {} free {} drops {}", pool.created, pool.free.len(), drops.get());
    }
    let b = pool.take();
    println!("reused buffer: {:?} cap>=16 {}", String::from_utf8_lossy(&b.data), b.data.capacity() >= 16);
    drop(b);
    drop(pool);
    println!("total drops {} rc count {}", drops.get(), Rc::strong_count(&drops));
}
