// A fixed-size memory pool simulation: blocks in a Vec, a free list threaded through unused slots, handles with generations.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Handle {
    index: usize,
    generation: u32,
}

enum Slot<T> {
    Used { value: T, generation: u32 },
    Free { next_free: Option<usize>, generation: u32 },
}

struct Pool<T> {
    slots: Vec<Slot<T>>,
    free_head: Option<usize>,
    live: usize,
}

impl<T: std::fmt::Debug> Pool<T> {
    fn new() -> Self {
        Pool { slots: Vec::new(), free_head: None, live: 0 }
    }

    fn alloc(&mut self, value: T) -> Handle {
        self.live += 1;
        match self.free_head {
            Some(i) => {
                let (next, generation) = match &self.slots[i] {
                    Slot::Free { next_free, generation } => (*next_free, *generation + 1),
                    Slot::Used { .. } => unreachable!("free list points at a used slot"),
                };
                self.free_head = next;
                self.slots[i] = Slot::Used { value, generation };
                Handle { index: i, generation }
            }
            None => {
                self.slots.push(Slot::Used { value, generation: 0 });
                Handle { index: self.slots.len() - 1, generation: 0 }
            }
        }
    }

    fn get(&self, h: Handle) -> Option<&T> {
        match self.slots.get(h.index)? {
            Slot::Used { value, generation } if *generation == h.generation => Some(value),
            _ => None,
        }
    }

    fn get_mut(&mut self, h: Handle) -> Option<&mut T> {
        match self.slots.get_mut(h.index)? {
            Slot::Used { value, generation } if *generation == h.generation => Some(value),
            _ => None,
        }
    }

    fn free(&mut self, h: Handle) -> Option<T> {
        if self.get(h).is_none() {
            return None;
        }
        let slot = std::mem::replace(
            &mut self.slots[h.index],
            Slot::Free { next_free: self.free_head, generation: h.generation },
        );
        self.free_head = Some(h.index);
        self.live -= 1;
        match slot {
            Slot::Used { value, .. } => Some(value),
            Slot::Free { .. } => None,
        }
    }

    fn free_list(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = self.free_head;
        while let Some(i) = cur {
            out.push(i);
            cur = match &self.slots[i] {
                Slot::Free { next_free, .. } => *next_free,
                Slot::Used { .. } => None,
            };
        }
        out
    }
}

fn main() {
    let mut pool: Pool<String> = Pool::new();
    let a = pool.alloc("alpha".to_string());
    let b = pool.alloc("beta".to_string());
    let c = pool.alloc("gamma".to_string());
    println!("a={:?} b={:?} c={:?}", a, b, c);
    println!("free b -> {:?}", pool.free(b));
    println!("free a -> {:?}", pool.free(a));
    println!("free list {:?}, live {}", pool.free_list(), pool.live);
    let d = pool.alloc("delta".to_string());
    println!("d={:?} reuses a's slot: {}", d, d.index == a.index);
    println!("stale a -> {:?}, d -> {:?}", pool.get(a), pool.get(d));
    if let Some(s) = pool.get_mut(c) {
        s.push_str("-ray");
    }
    println!("c -> {:?}", pool.get(c));
    println!("double free b -> {:?}", pool.free(b));
    let e = pool.alloc("epsilon".to_string());
    let f = pool.alloc("zeta".to_string());
    println!("e={:?} f={:?} free list {:?} slots {}", e, f, pool.free_list(), pool.slots.len());
}
