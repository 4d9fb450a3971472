// Commands parsed with FromStr into an enum, a parse error type with Display, a robot executing them
use std::fmt;
use std::str::FromStr;

#[derive(Debug)]
enum Cmd {
    Forward(u32),
    Turn(Dir),
    Say(String),
    Reset,
}

#[derive(Debug, Clone, Copy)]
enum Dir {
    Left,
    Right,
}

#[derive(Debug)]
struct ParseError {
    input: String,
    reason: &'static str,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot parse {:?}: {}", self.input, self.reason)
    }
}

impl FromStr for Cmd {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| ParseError { input: s.to_string(), reason };
        let (head, rest) = match s.split_once(' ') {
            Some((h, r)) => (h, r.trim()),
            None => (s, ""),
        };
        match head {
            "forward" => rest.parse().map(Cmd::Forward).map_err(|_| err("expected a distance")),
            "turn" => match rest {
                "left" => Ok(Cmd::Turn(Dir::Left)),
                "right" => Ok(Cmd::Turn(Dir::Right)),
                _ => Err(err("expected left or right")),
            },
            "say" if !rest.is_empty() => Ok(Cmd::Say(rest.to_string())),
            "reset" => Ok(Cmd::Reset),
            _ => Err(err("unknown command")),
        }
    }
}

struct Robot {
    x: i32,
    y: i32,
    heading: usize,
}

impl Robot {
    fn run(&mut self, cmd: &Cmd) {
        const STEPS: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        match cmd {
            Cmd::Forward(n) => {
                let (dx, dy) = STEPS[self.heading];
                self.x += dx * *n as i32;
                self.y += dy * *n as i32;
            }
            Cmd::Turn(Dir::Right) => self.heading = (self.heading + 1) % 4,
            Cmd::Turn(Dir::Left) => self.heading = (self.heading + 3) % 4,
            Cmd::Say(text) => println!("robot says: {}", text),
            Cmd::Reset => *self = Robot { x: 0, y: 0, heading: 0 },
        }
    }
}

fn main() {
    let program = "forward 3\nturn right\nforward 2\nfly away\nturn around\nsay hello there\nforward x\nturn left\nturn left\nforward 10";
    let mut robot = Robot { x: 0, y: 0, heading: 0 };
    for line in program.lines() {
        match line.parse::<Cmd>() {
            Ok(cmd) => {
                robot.run(&cmd);
                println!("{:<16} -> ({}, {}) facing {}", format!("{:?}", cmd), robot.x, robot.y, robot.heading);
            }
            Err(e) => println!("{}", e),
        }
    }
    let parsed: Result<Vec<Cmd>, ParseError> = ["reset", "forward 1"].iter().map(|s| s.parse()).collect();
    println!("{:?}", parsed.map(|v| v.len()));
}
