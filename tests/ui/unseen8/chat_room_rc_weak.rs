// A chat room shared through Rc<RefCell<Room>>, members holding Weak back-references, messages delivered to inboxes.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Member {
    nick: String,
    inbox: RefCell<Vec<String>>,
    room: RefCell<Weak<RefCell<Room>>>,
}

struct Room {
    topic: String,
    members: Vec<Rc<Member>>,
    sent: usize,
}

fn join(room: &Rc<RefCell<Room>>, nick: &str) -> Rc<Member> {
    let m = Rc::new(Member { nick: nick.to_string(), inbox: RefCell::new(Vec::new()), room: RefCell::new(Weak::new()) });
    *m.room.borrow_mut() = Rc::downgrade(room);
    room.borrow_mut().members.push(Rc::clone(&m));
    m
}

fn say(from: &Member, text: &str) -> usize {
    let Some(room) = from.room.borrow().upgrade() else {
        return 0;
    };
    let mut r = room.borrow_mut();
    r.sent += 1;
    let line = format!("[{}] <{}> {}", r.topic, from.nick, text);
    let mut delivered = 0;
    for m in r.members.iter().filter(|m| m.nick != from.nick) {
        m.inbox.borrow_mut().push(line.clone());
        delivered += 1;
    }
    delivered
}

fn leave(room: &Rc<RefCell<Room>>, nick: &str) {
    room.borrow_mut().members.retain(|m| m.nick != nick);
}

fn main() {
    let room = Rc::new(RefCell::new(Room { topic: "rust".into(), members: vec![], sent: 0 }));
    let ann = join(&room, "ann");
    let bo = join(&room, "bo");
    let cy = join(&room, "cy");
    println!("room strong={} weak={}", Rc::strong_count(&room), Rc::weak_count(&room));
    println!("ann strong={}", Rc::strong_count(&ann));
    println!("delivered {}", say(&ann, "hello all"));
    println!("delivered {}", say(&bo, "hi ann"));
    leave(&room, "cy");
    println!("cy strong after leaving: {}", Rc::strong_count(&cy));
    println!("delivered {}", say(&ann, "where did cy go?"));
    room.borrow_mut().topic = String::from("off-topic");
    println!("delivered {}", say(&cy, "still here"));
    for m in [&ann, &bo, &cy] {
        println!("{}'s inbox:", m.nick);
        for line in m.inbox.borrow().iter() {
            println!("  {}", line);
        }
    }
    println!("messages sent: {}", room.borrow().sent);
    drop(room);
    let orphan = bo.room.borrow().upgrade().is_none();
    println!("room gone: {}, delivered {}", orphan, say(&bo, "anyone?"));
}
