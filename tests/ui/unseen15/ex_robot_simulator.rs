// Exercism-style robot simulator: a Direction enum with turn methods, a Robot consumed by builder-style moves, instructions folded over chars
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    fn right(self) -> Self {
        match self {
            Direction::North => Direction::East,
            Direction::East => Direction::South,
            Direction::South => Direction::West,
            Direction::West => Direction::North,
        }
    }
    fn left(self) -> Self {
        self.right().right().right()
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Robot {
    x: i32,
    y: i32,
    d: Direction,
}

impl Robot {
    fn new(x: i32, y: i32, d: Direction) -> Self {
        Robot { x, y, d }
    }
    fn turn_right(self) -> Self {
        Robot { d: self.d.right(), ..self }
    }
    fn turn_left(self) -> Self {
        Robot { d: self.d.left(), ..self }
    }
    fn advance(self) -> Self {
        let (x, y) = match self.d {
            Direction::North => (self.x, self.y + 1),
            Direction::East => (self.x + 1, self.y),
            Direction::South => (self.x, self.y - 1),
            Direction::West => (self.x - 1, self.y),
        };
        Robot { x, y, ..self }
    }
    fn instructions(self, text: &str) -> Self {
        text.chars().fold(self, |r, c| match c {
            'R' => r.turn_right(),
            'L' => r.turn_left(),
            'A' => r.advance(),
            _ => r,
        })
    }
    fn position(&self) -> (i32, i32) {
        (self.x, self.y)
    }
}

fn main() {
    let r = Robot::new(7, 3, Direction::North).instructions("RAALAL");
    println!("{:?} at {:?}", r.d, r.position());
    let r = Robot::new(0, 0, Direction::North).instructions("LAAARALA");
    println!("{:?} at {:?}", r.d, r.position());
    let r = Robot::new(2, -7, Direction::East).instructions("RRAAAAALA");
    println!("{:?} at {:?}", r.d, r.position());
    let square = Robot::new(0, 0, Direction::East).instructions(&"AAL".repeat(4));
    println!("back home: {}", square == Robot::new(0, 0, Direction::East));
    let mut path = vec![(0, 0)];
    let mut bot = Robot::new(0, 0, Direction::North);
    for c in "AARAALAAARRAAAA".chars() {
        bot = bot.instructions(&c.to_string());
        if path.last() != Some(&bot.position()) {
            path.push(bot.position());
        }
    }
    println!("path: {:?}", path);
    let far = path.iter().max_by_key(|(x, y)| x.abs() + y.abs()).unwrap();
    println!("farthest: {:?}", far);
}
