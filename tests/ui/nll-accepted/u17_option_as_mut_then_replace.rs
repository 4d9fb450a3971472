// An `Option<Session>` field updated through `as_mut()`, then replaced on logout in the same method.
#[derive(Debug)]
struct Session {
    user: String,
    requests: u32,
}

struct Server {
    session: Option<Session>,
    history: Vec<String>,
}

impl Server {
    fn request(&mut self, logout: bool) {
        if let Some(s) = self.session.as_mut() {
            s.requests += 1;
            if logout {
                let line = format!("{} made {} requests", s.user, s.requests);
                self.history.push(line);
                self.session = None;
            }
        } else {
            self.session = Some(Session { user: "guest".to_string(), requests: 0 });
        }
    }
}

fn main() {
    let mut srv = Server { session: None, history: vec![] };
    for logout in [false, false, false, true, false] {
        srv.request(logout);
    }
    println!("{:?} {:?}", srv.session, srv.history);
}
