// A snake game on a small board: the body is a VecDeque of cells, food makes it grow, walls and itself end it.
use std::collections::VecDeque;

#[derive(Debug)]
enum End {
    Wall(usize),
    Bite(usize),
    Survived,
}

struct Game {
    width: i32,
    height: i32,
    body: VecDeque<(i32, i32)>,
    food: Vec<(i32, i32)>,
    eaten: u32,
}

impl Game {
    fn step(&mut self, dir: char) -> Result<(), bool> {
        let (hx, hy) = *self.body.front().unwrap();
        let head = match dir {
            'U' => (hx, hy - 1),
            'D' => (hx, hy + 1),
            'L' => (hx - 1, hy),
            _ => (hx + 1, hy),
        };
        if head.0 < 0 || head.1 < 0 || head.0 >= self.width || head.1 >= self.height {
            return Err(true);
        }
        if let Some(i) = self.food.iter().position(|&f| f == head) {
            self.food.swap_remove(i);
            self.eaten += 1;
        } else {
            self.body.pop_back();
        }
        if self.body.contains(&head) {
            return Err(false);
        }
        self.body.push_front(head);
        Ok(())
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

fn play(moves: &str, food: Vec<(i32, i32)>) -> (End, Game) {
    let mut g = Game { width: 6, height: 4, body: VecDeque::from(vec![(1, 1), (0, 1)]), food, eaten: 0 };
    for (i, d) in moves.chars().enumerate() {
        match g.step(d) {
            Ok(()) => {}
            Err(true) => return (End::Wall(i + 1), g),
            Err(false) => return (End::Bite(i + 1), g),
        }
    }
    (End::Survived, g)
}

fn main() {
    let (end, g) = play("RRDDL", vec![(2, 1), (3, 1), (3, 3)]);
    println!("{:?}, length {}, eaten {}", end, g.body.len(), g.eaten);
    g.draw();
    let (end, g) = play("RRRRR", vec![]);
    println!("{:?}, length {}", end, g.body.len());
    let (end, g) = play("RRRDLU", vec![(2, 1), (3, 1), (4, 1)]);
    println!("{:?}, length {}, body {:?}", end, g.body.len(), g.body);
}
