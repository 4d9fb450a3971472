// Water tanks share pipes: Rc<RefCell<Tank>> nodes, each pipe moving water from one tank to another.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Tank {
    name: String,
    level: u32,
    capacity: u32,
}

struct Pipe {
    from: Rc<RefCell<Tank>>,
    to: Rc<RefCell<Tank>>,
    rate: u32,
}

impl Pipe {
    fn flow(&self) -> u32 {
        let room = {
            let to = self.to.borrow();
            to.capacity - to.level
        };
        let mut from = self.from.borrow_mut();
        let moved = self.rate.min(from.level).min(room);
        from.level -= moved;
        self.to.borrow_mut().level += moved;
        moved
    }
}

fn tank(name: &str, level: u32, capacity: u32) -> Rc<RefCell<Tank>> {
    Rc::new(RefCell::new(Tank { name: name.to_string(), level, capacity }))
}

fn report(tanks: &[Rc<RefCell<Tank>>]) {
    let line: Vec<String> = tanks
        .iter()
        .map(|t| {
            let t = t.borrow();
            format!("{}={}/{}", t.name, t.level, t.capacity)
        })
        .collect();
    println!("{}", line.join(" "));
}

fn main() {
    let reservoir = tank("reservoir", 100, 100);
    let tower = tank("tower", 0, 40);
    let house = tank("house", 0, 15);
    let garden = tank("garden", 5, 30);

    let pipes = vec![
        Pipe { from: Rc::clone(&reservoir), to: Rc::clone(&tower), rate: 12 },
        Pipe { from: Rc::clone(&tower), to: Rc::clone(&house), rate: 4 },
        Pipe { from: Rc::clone(&tower), to: Rc::clone(&garden), rate: 6 },
    ];
    let all = [Rc::clone(&reservoir), Rc::clone(&tower), Rc::clone(&house), Rc::clone(&garden)];
    println!("tower is shared {} times", Rc::strong_count(&tower));
    for tick in 1..=6 {
        let moved: Vec<u32> = pipes.iter().map(|p| p.flow()).collect();
        print!("tick {} moved {:?}: ", tick, moved);
        report(&all);
    }
    garden.borrow_mut().level = 0;
    println!("garden emptied: {:?}", garden.borrow());
    let total: u32 = all.iter().map(|t| t.borrow().level).sum();
    println!("water in the system: {}", total);
    drop(pipes);
    println!("tower is shared {} times after the pipes are gone", Rc::strong_count(&tower));
}
