// A doubly linked playlist: Rc for next links, Weak for prev links, walking both directions.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Song {
    title: String,
    next: Option<Rc<RefCell<Song>>>,
    prev: Option<Weak<RefCell<Song>>>,
}

impl Drop for Song {
    fn drop(&mut self) {
        println!("dropping {}", self.title);
    }
}

struct Playlist {
    head: Option<Rc<RefCell<Song>>>,
    tail: Option<Rc<RefCell<Song>>>,
    len: usize,
}

impl Playlist {
    fn new() -> Self {
        Playlist { head: None, tail: None, len: 0 }
    }

    fn push_back(&mut self, title: &str) {
        let song = Rc::new(RefCell::new(Song { title: title.to_string(), next: None, prev: None }));
        match self.tail.take() {
            Some(old) => {
                song.borrow_mut().prev = Some(Rc::downgrade(&old));
                old.borrow_mut().next = Some(Rc::clone(&song));
            }
            None => self.head = Some(Rc::clone(&song)),
        }
        self.tail = Some(song);
        self.len += 1;
    }

    fn forward(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = self.head.clone();
        while let Some(node) = cur {
            out.push(node.borrow().title.clone());
            cur = node.borrow().next.clone();
        }
        out
    }

    fn backward(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = self.tail.clone();
        while let Some(node) = cur {
            out.push(node.borrow().title.clone());
            cur = node.borrow().prev.as_ref().and_then(|w| w.upgrade());
        }
        out
    }
}

fn main() {
    let mut list = Playlist::new();
    for t in ["Intro", "Verse", "Chorus", "Bridge"] {
        list.push_back(t);
    }
    println!("{} songs", list.len);
    println!("forward:  {}", list.forward().join(" -> "));
    println!("backward: {}", list.backward().join(" -> "));
    if let Some(head) = &list.head {
        println!("head strong={} weak={}", Rc::strong_count(head), Rc::weak_count(head));
    }
    if let Some(tail) = &list.tail {
        println!("tail strong={} weak={}", Rc::strong_count(tail), Rc::weak_count(tail));
        let before = tail.borrow().prev.as_ref().unwrap().upgrade().unwrap();
        println!("before the tail: {}", before.borrow().title);
    }
    println!("clearing");
    list.tail = None;
    list.head = None;
    println!("end of main");
}
