// The command pattern with Vec<Box<dyn Command>> acting on a shared robot through &mut.
trait Command {
    fn name(&self) -> String;
    fn execute(&self, r: &mut Robot);
    fn cost(&self) -> u32 {
        1
    }
}

#[derive(Debug, Default)]
struct Robot {
    x: i32,
    y: i32,
    carrying: Option<String>,
}

struct Move(i32, i32);
struct Pick(String);
struct Drop_;

impl Command for Move {
    fn name(&self) -> String {
        format!("move({},{})", self.0, self.1)
    }
    fn execute(&self, r: &mut Robot) {
        r.x += self.0;
        r.y += self.1;
    }
    fn cost(&self) -> u32 {
        (self.0.abs() + self.1.abs()) as u32
    }
}

impl Command for Pick {
    fn name(&self) -> String {
        format!("pick {}", self.0)
    }
    fn execute(&self, r: &mut Robot) {
        if r.carrying.is_none() {
            r.carrying = Some(self.0.clone());
        }
    }
}

impl Command for Drop_ {
    fn name(&self) -> String {
        "drop".to_string()
    }
    fn execute(&self, r: &mut Robot) {
        if let Some(thing) = r.carrying.take() {
            println!("  dropped {} at ({}, {})", thing, r.x, r.y);
        }
    }
    fn cost(&self) -> u32 {
        2
    }
}

fn main() {
    let program: Vec<Box<dyn Command>> = vec![
        Box::new(Move(2, 3)),
        Box::new(Pick("crate".to_string())),
        Box::new(Pick("barrel".to_string())),
        Box::new(Move(-5, 1)),
        Box::new(Drop_),
        Box::new(Drop_),
    ];
    let mut robot = Robot::default();
    let mut spent = 0;
    for cmd in &program {
        println!("{} (cost {})", cmd.name(), cmd.cost());
        cmd.execute(&mut robot);
        spent += cmd.cost();
    }
    println!("{:?}, spent {}", robot, spent);
    let expensive: Vec<String> = program.iter().filter(|c| c.cost() > 1).map(|c| c.name()).collect();
    println!("{:?}", expensive);
}
