// A growable ring deque generic over T, storing Vec<Option<T>>, with push/pop at both ends, indexing, and an iterator.
use std::fmt::Debug;
use std::ops::Index;

struct RingDeque<T> {
    buf: Vec<Option<T>>,
    head: usize,
    len: usize,
}

impl<T: Debug> RingDeque<T> {
    fn new() -> Self {
        RingDeque { buf: (0..2).map(|_| None).collect(), head: 0, len: 0 }
    }

    fn cap(&self) -> usize {
        self.buf.len()
    }

    fn grow(&mut self) {
        let old_cap = self.cap();
        let mut fresh: Vec<Option<T>> = (0..old_cap * 2).map(|_| None).collect();
        for i in 0..self.len {
            fresh[i] = self.buf[(self.head + i) % old_cap].take();
        }
        self.buf = fresh;
        self.head = 0;
    }

    fn push_back(&mut self, x: T) {
        if self.len == self.cap() {
            self.grow();
        }
        let i = (self.head + self.len) % self.cap();
        self.buf[i] = Some(x);
        self.len += 1;
    }

    fn push_front(&mut self, x: T) {
        if self.len == self.cap() {
            self.grow();
        }
        self.head = (self.head + self.cap() - 1) % self.cap();
        self.buf[self.head] = Some(x);
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let x = self.buf[self.head].take();
        self.head = (self.head + 1) % self.cap();
        self.len -= 1;
        x
    }

    fn pop_back(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        let i = (self.head + self.len) % self.cap();
        self.buf[i].take()
    }

    fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        (0..self.len).map(move |i| self.buf[(self.head + i) % self.cap()].as_ref().unwrap())
    }
}

impl<T: Debug> Index<usize> for RingDeque<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        assert!(i < self.len, "index {} out of range for deque of length {}", i, self.len);
        self.buf[(self.head + i) % self.cap()].as_ref().unwrap()
    }
}

fn main() {
    let mut d = RingDeque::new();
    for i in 1..=3 {
        d.push_back(i * 10);
        d.push_front(-i);
    }
    println!("{:?} cap {}", d.iter().collect::<Vec<_>>(), d.cap());
    println!("d[0]={} d[5]={}", d[0], d[5]);
    println!("pop_front {:?} pop_back {:?}", d.pop_front(), d.pop_back());
    for i in 0..5 {
        d.push_back(100 + i);
    }
    println!("{:?} head {} cap {}", d.iter().collect::<Vec<_>>(), d.head, d.cap());
    let sum: i32 = d.iter().sum();
    println!("sum {}", sum);
    let mut words: RingDeque<String> = RingDeque::new();
    for w in ["one", "two", "three"] {
        words.push_front(w.to_uppercase());
    }
    while let Some(w) = words.pop_back() {
        print!("{} ", w);
    }
    println!("| empty pop {:?}", words.pop_front());
}
