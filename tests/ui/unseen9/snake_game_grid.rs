// A snake moves on a small grid following a list of turns, eats food, grows, and stops when it hits itself or a wall.
use std::collections::VecDeque;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Down,
    Left,
    Right,
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Moved,
    Ate,
    HitWall,
    HitSelf,
}

struct Game {
    width: i32,
    height: i32,
    body: VecDeque<(i32, i32)>,
    dir: Dir,
    food: Vec<(i32, i32)>,
    score: u32,
}

impl Game {
    fn new(width: i32, height: i32) -> Game {
        let mut body = VecDeque::new();
        body.push_back((2, 2));
        Game { width, height, body, dir: Dir::Right, food: vec![(4, 2), (4, 4), (1, 4)], score: 0 }
    }

    fn step(&mut self) -> Outcome {
        let (x, y) = *self.body.front().unwrap();
        let next = match self.dir {
            Dir::Up => (x, y - 1),
            Dir::Down => (x, y + 1),
            Dir::Left => (x - 1, y),
            Dir::Right => (x + 1, y),
        };
        if next.0 < 0 || next.1 < 0 || next.0 >= self.width || next.1 >= self.height {
            return Outcome::HitWall;
        }
        if self.body.contains(&next) {
            return Outcome::HitSelf;
        }
        self.body.push_front(next);
        if let Some(i) = self.food.iter().position(|&f| f == next) {
            self.food.remove(i);
            self.score += 10;
            Outcome::Ate
        } else {
            self.body.pop_back();
            Outcome::Moved
        }
    }

    fn draw(&self) {
        for y in 0..self.height {
            let row: String = (0..self.width)
                .map(|x| {
                    if self.body.front() == Some(&(x, y)) {
                        '@'
                    } else if self.body.contains(&(x, y)) {
                        'o'
                    } else if self.food.contains(&(x, y)) {
                        '*'
                    } else {
                        '.'
                    }
                })
                .collect();
            println!("{}", row);
        }
    }
}

fn main() {
    let mut game = Game::new(6, 6);
    let turns = [(2, Dir::Down), (4, Dir::Left), (7, Dir::Up), (8, Dir::Right), (9, Dir::Down)];
    for tick in 0..20 {
        if let Some(&(_, d)) = turns.iter().find(|(t, _)| *t == tick) {
            game.dir = d;
        }
        let outcome = game.step();
        println!("tick {:>2}: {:?} len={} head={:?}", tick, outcome, game.body.len(), game.body.front());
        if outcome == Outcome::HitWall || outcome == Outcome::HitSelf {
            break;
        }
    }
    game.draw();
    println!("score {}", game.score);
}
