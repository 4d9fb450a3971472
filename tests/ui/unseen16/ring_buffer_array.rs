// A ring buffer over a fixed [i32; 8] array with head, tail and count, overwriting when full.
use std::fmt;

const CAP: usize = 8;

struct Ring {
    data: [i32; CAP],
    head: usize,
    len: usize,
    overwritten: u32,
}

impl Ring {
    fn new() -> Ring {
        Ring { data: [0; CAP], head: 0, len: 0, overwritten: 0 }
    }

    fn is_full(&self) -> bool {
        self.len == CAP
    }

    fn push(&mut self, v: i32) {
        let tail = (self.head + self.len) % CAP;
        self.data[tail] = v;
        if self.is_full() {
            self.head = (self.head + 1) % CAP;
            self.overwritten += 1;
        } else {
            self.len += 1;
        }
    }

    fn pop(&mut self) -> Option<i32> {
        if self.len == 0 {
            return None;
        }
        let v = self.data[self.head];
        self.head = (self.head + 1) % CAP;
        self.len -= 1;
        Some(v)
    }

    fn get(&self, i: usize) -> Option<&i32> {
        if i < self.len {
            Some(&self.data[(self.head + i) % CAP])
        } else {
            None
        }
    }

    fn average(&self) -> f64 {
        if self.len == 0 {
            return 0.0;
        }
        let mut total = 0i64;
        for i in 0..self.len {
            total += *self.get(i).unwrap() as i64;
        }
        total as f64 / self.len as f64
    }
}

impl fmt::Display for Ring {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<")?;
        for i in 0..self.len {
            if i > 0 {
                write!(f, " ")?;
            }
            write!(f, "{}", self.get(i).unwrap())?;
        }
        write!(f, "> head={} len={}", self.head, self.len)
    }
}

fn main() {
    let mut r = Ring::new();
    for v in [3, 1, 4, 1, 5] {
        r.push(v);
    }
    println!("{}", r);
    println!("pop {:?} pop {:?}", r.pop(), r.pop());
    for v in 10..17 {
        r.push(v);
    }
    println!("{}", r);
    println!("overwritten = {}, avg = {:.3}", r.overwritten, r.average());
    println!("get(0) = {:?}, get(7) = {:?}, get(8) = {:?}", r.get(0), r.get(7), r.get(8));
    let mut drained = Vec::new();
    while let Some(v) = r.pop() {
        drained.push(v);
    }
    println!("drained {:?}; now {}", drained, r);
    println!("size of ring: {} bytes", std::mem::size_of::<Ring>());
}
